import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

export type AuditInput = {
  actorId: string | null;
  /** dotted verb, e.g. "auth.login", "report.transition" */
  action: string;
  objectType: string;
  objectId?: string | null;
  /** Identifiers and codes only: never report text or personal data. */
  meta?: Record<string, string | number | boolean | null>;
};

/** The SQL that appends one event to the hash chain (function sajam_audit_append, in the migrations). */
export function auditAppendSql(input: AuditInput): Prisma.Sql {
  const meta = input.meta ? JSON.stringify(input.meta) : null;
  return Prisma.sql`SELECT sajam_audit_append(${input.actorId}::uuid, ${input.action}, ${input.objectType}, ${input.objectId ?? null}, ${meta}::jsonb)`;
}

/** Appends one event to the tamper-evident chain, inside the caller's transaction. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  await tx.$executeRaw(auditAppendSql(input));
}
