import 'server-only';
import { auditAppendSql } from '@/lib/audit/record-event';
import { getDb } from '@/lib/db/client';

/**
 * Appends `api_key.used` to the audit chain: which key, the method, the path (never the query, which
 * may carry the key itself) and the status answered. One statement, after the answer is known.
 */
export async function recordApiKeyUse({ apiKeyId, method, path, status }: { apiKeyId: string; method: string; path: string; status: number }): Promise<void> {
  const db = await getDb();
  await db.$executeRaw(auditAppendSql({ actorId: null, action: 'api_key.used', objectType: 'api_key', objectId: apiKeyId, meta: { method, path, status } }));
}
