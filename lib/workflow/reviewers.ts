import 'server-only';
import type { Role } from '@/lib/authz';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Active users who hold this role with a scope covering the report (its core, its province, or all). */
export async function reviewersInScope(tx: Prisma.TransactionClient, role: Role, report: { provinceId: number; coreId: string | null; submitterId: string | null }) {
  const scope: Prisma.UserWhereInput | null =
    role === 'CORE_HEAD' ? (report.coreId ? { coreId: report.coreId } : null)
    : role === 'PROVINCE_STAFF' ? { provinceId: report.provinceId }
    : role === 'NATIONAL_OFFICE' ? {}
    : null;
  if (!scope) return [];
  return tx.user.findMany({
    where: { ...scope, status: 'ACTIVE', roles: { has: role }, ...(report.submitterId ? { id: { not: report.submitterId } } : {}) },
    select: { id: true },
  });
}
