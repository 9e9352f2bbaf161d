import 'server-only';
import type { Db } from '@/lib/db/client';

export type ChainCheck = { ok: true; events: number } | { ok: false; events: number; brokenAt: bigint };

/**
 * Recomputes every event's hash in the database (function sajam_audit_hash) and checks that each
 * event names its predecessor's hash. The first event that fails is where the log was altered.
 */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  const [result] = await db.$queryRaw<{ events: bigint; broken: bigint | null }[]>`
    WITH checked AS (
      SELECT id,
        "prevHash" = coalesce(lag(hash) OVER (ORDER BY id), repeat('0', 64))
          AND hash = sajam_audit_hash("prevHash", at, "actorId", action, "objectType", "objectId", meta) AS ok
      FROM "AuditEvent")
    SELECT count(*) AS events, min(id) FILTER (WHERE NOT ok) AS broken FROM checked`;
  const events = Number(result?.events ?? 0);
  return result?.broken == null ? { ok: true, events } : { ok: false, events, brokenAt: BigInt(result.broken) };
}
