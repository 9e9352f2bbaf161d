import 'server-only';
import { createHash } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';

export type AuditInput = {
  actorId: string | null;
  /** dotted verb, e.g. "auth.login", "report.transition" */
  action: string;
  objectType: string;
  objectId?: string | null;
  /** Identifiers and codes only: never report text or personal data. */
  meta?: Record<string, string | number | boolean | null>;
};

export const GENESIS_HASH = '0'.repeat(64);
// Serialises appends so each event links to the one before it, across processes.
const AUDIT_CHAIN_LOCK = 0x53414a41; // "SAJA"

export function auditHash(prevHash: string, e: { at: Date; actorId: string | null; action: string; objectType: string; objectId: string | null; meta: unknown }): string {
  // jsonb reorders keys, so the meta is hashed with its keys sorted.
  const meta = e.meta && typeof e.meta === 'object' ? Object.fromEntries(Object.entries(e.meta).sort(([a], [b]) => a.localeCompare(b))) : null;
  const canonical = JSON.stringify([prevHash, e.at.toISOString(), e.actorId, e.action, e.objectType, e.objectId, meta]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends one event to the tamper-evident chain, inside the caller's transaction. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const event = {
    at: new Date(),
    actorId: input.actorId,
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId ?? null,
    meta: input.meta ?? null,
  };
  await tx.auditEvent.create({
    data: { ...event, meta: event.meta ?? undefined, prevHash, hash: auditHash(prevHash, event) },
  });
}
