import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { newApiKey, hashApiKeySecret } from './api-key-format';
import { createApiKeySchema, type CreateApiKeyInput } from './api-key-input';
import { apiKeyHashKey } from './hash-key';
import { requireKeyAdmin } from './require-key-admin';

const DAY_MS = 24 * 60 * 60 * 1000;

export type CreatedApiKey = { id: string; label: string; prefix: string; expiresAt: Date; ratePerMinute: number; key: string };

/**
 * A new Open311 key for an agency, by the system administrator. The whole key (`sjm_<prefix>.<secret>`)
 * is in the answer and nowhere else: only the prefix and an HMAC of the secret are stored, so it is
 * shown once and cannot be recovered, only revoked and replaced. Audited (`api_key.created`).
 * NOT_FOUND for an agency that does not exist.
 */
export async function createApiKey({ actor, input, now = new Date() }: { actor: Actor; input: CreateApiKeyInput; now?: Date }): Promise<CreatedApiKey> {
  requireKeyAdmin(actor);
  const parsed = createApiKeySchema.safeParse(input);
  if (!parsed.success) throw parsed.error;
  const { agencyId, label, expiresInDays, ratePerMinute } = parsed.data;
  const db = await getDb();
  const agency = await db.agency.findUnique({ where: { id: agencyId }, select: { id: true } });
  if (!agency) throw new AppError('NOT_FOUND');

  const { key, prefix, secret } = newApiKey();
  const expiresAt = new Date(now.getTime() + expiresInDays * DAY_MS);
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { agencyId, label, prefix, secretHash: hashApiKeySecret(apiKeyHashKey(), secret), ratePerMinute, expiresAt, createdById: actor.id, createdAt: now },
      select: { id: true },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'api_key.created', objectType: 'api_key', objectId: row.id, meta: { agencyId } });
    return { id: row.id, label, prefix, expiresAt, ratePerMinute, key };
  });
}
