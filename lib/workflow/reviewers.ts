import 'server-only';
import { holdersWhere, type Role } from '@/lib/authz';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Active users who hold this role with a reach covering the report (lib/authz/scope.ts), never its author. */
export async function reviewersInScope(
  tx: Prisma.TransactionClient,
  { role, report }: { role: Role; report: { provinceId: number; coreId: string | null; submitterId: string | null } },
) {
  const where = holdersWhere(role, 'report', { provinceId: report.provinceId, coreId: report.coreId });
  if (!where) return [];
  return tx.user.findMany({ where: { ...where, ...(report.submitterId ? { id: { not: report.submitterId } } : {}) }, select: { id: true } });
}
