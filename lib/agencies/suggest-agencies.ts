import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

export type AgencyChoice = { id: string; name: string; nameEn: string; suggested: boolean; national: boolean };

/**
 * The agencies a report may be referred to, for the national office's referral form: first those that
 * handle the report's category in its province (a provincial agency of that province, or a national one),
 * provincial before national, then every other active agency of the province or the nation, by name. Agencies the report is already
 * live with are left out (one referral per agency; a declined or withdrawn one may be chosen again).
 */
export async function suggestAgencies(db: Prisma.TransactionClient, report: { id: string; categoryId: number; provinceId: number }): Promise<AgencyChoice[]> {
  const agencies = await db.agency.findMany({
    where: {
      active: true,
      // Another province's provincial agency has no reach here.
      OR: [{ provinceId: null }, { provinceId: report.provinceId }],
      referrals: { none: { reportId: report.id, status: { notIn: ['DECLINED_NOT_RESPONSIBLE', 'WITHDRAWN'] } } },
    },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, nameEn: true, provinceId: true, categories: { where: { categoryId: report.categoryId }, select: { categoryId: true } } },
  });
  const choices = agencies.map((a) => ({
    id: a.id,
    name: a.name,
    nameEn: a.nameEn,
    national: a.provinceId === null,
    suggested: a.categories.length > 0 && (a.provinceId === null || a.provinceId === report.provinceId),
  }));
  const rank = (c: AgencyChoice) => (c.suggested ? (c.national ? 1 : 0) : 2);
  return choices.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'fa'));
}
