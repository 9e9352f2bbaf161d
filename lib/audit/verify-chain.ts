import 'server-only';
import type { Db } from '@/lib/db/client';
import { GENESIS_HASH, auditHash } from './record-event';

export type ChainCheck = { ok: true; events: number } | { ok: false; events: number; brokenAt: bigint };

/** Walks the audit log in order, recomputing every hash; the first mismatch is where it was altered. */
export async function verifyAuditChain(db: Db, batchSize = 5_000): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  let events = 0;
  let after: bigint | undefined;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: after === undefined ? {} : { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    for (const e of batch) {
      if (e.prevHash !== prevHash || e.hash !== auditHash(prevHash, e)) return { ok: false, events, brokenAt: e.id };
      prevHash = e.hash;
      events++;
    }
    if (batch.length < batchSize) return { ok: true, events };
    after = batch[batch.length - 1]!.id;
  }
}
