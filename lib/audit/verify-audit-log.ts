import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { recordAuditEvent } from './record-event';
import { verifyAuditChain } from './verify-chain';

export type AuditLogCheck = {
  intact: boolean;
  /** Events checked (the whole log, before this check's own event). */
  checked: number;
  /** The first altered event, when the chain is broken: its id (decimal text), time and action as stored. */
  brokenAt: { id: string; at: Date; action: string } | null;
  /** How long the check took, in milliseconds. */
  ms: number;
};

/**
 * The button on /audit: recomputes the whole hash chain (lib/audit/verify-chain, as `npm run audit:verify`)
 * and records who checked and what came out (`audit.verified`). ADMIN and NATIONAL_OFFICE ('audit:read');
 * others FORBIDDEN. One SQL statement over the whole log: see docs/benchmarks.md for its speed.
 */
export async function verifyAuditLog({ actor }: { actor: Actor }): Promise<AuditLogCheck> {
  if (!can(actor, 'audit:read')) throw new AppError('FORBIDDEN');
  const db = await getDb();
  const started = performance.now();
  const result = await verifyAuditChain(db);
  const ms = Math.round(performance.now() - started);
  const broken = result.ok ? null : await db.auditEvent.findUnique({ where: { id: result.brokenAt }, select: { id: true, at: true, action: true } });
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'audit.verified',
      objectType: 'audit_log',
      meta: { intact: result.ok, checked: result.events, ...(result.ok ? {} : { brokenAt: result.brokenAt.toString() }) },
    }),
  );
  return {
    intact: result.ok,
    checked: result.events,
    brokenAt: result.ok ? null : { id: result.brokenAt.toString(), at: broken?.at ?? new Date(0), action: broken?.action ?? '' },
    ms,
  };
}
