import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

import type { AuditInput } from './events';

export type { AuditInput } from './events';

/** The SQL that appends one event to the hash chain (function sajam_audit_append, in the migrations). */
export function auditAppendSql(input: AuditInput): Prisma.Sql {
  const meta = input.meta ? JSON.stringify(input.meta) : null;
  return Prisma.sql`SELECT sajam_audit_append(${input.actorId}::uuid, ${input.action}, ${input.objectType}, ${input.objectId ?? null}, ${meta}::jsonb)`;
}

/** Appends one event to the tamper-evident chain, inside the caller's transaction. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  await tx.$executeRaw(auditAppendSql(input));
}
