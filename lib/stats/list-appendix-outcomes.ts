import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { APPENDIX_LIMIT, type AppendixOutcome } from '@/lib/annual-report/annual-figures';
import { jalaliDay } from '@/lib/outcomes/open-data';
import type { StatsScope } from './compute-figures';

/**
 * The published outcomes (PublicOutcome, already public: lib/outcomes projects them) of the reports SUBMITTED in a
 * Jalali year, in scope — the same cohort as every other figure of the year, and PublicOutcome.year (indexed) is
 * exactly that. An outcome published in 1405 about a 1404 report is in the 1404 report. Newest publication first
 * (seq), at most APPENDIX_LIMIT, with the Persian names of category, province and agencies (the PDF is Persian),
 * and how many there are in all.
 */
export async function listAppendixOutcomes(
  db: Db | Prisma.TransactionClient,
  { scope, year, limit = APPENDIX_LIMIT }: { scope: StatsScope; year: number; limit?: number },
): Promise<{ outcomes: AppendixOutcome[]; total: number }> {
  const where: Prisma.PublicOutcomeWhereInput = {
    year,
    ...(scope.kind === 'province' ? { provinceId: scope.provinceId } : {}),
    ...(scope.kind === 'agency' ? { agencyIds: { has: scope.agencyId } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.publicOutcome.findMany({
      where,
      orderBy: { seq: 'desc' },
      take: limit,
      select: {
        id: true,
        agencyIds: true,
        publishedOn: true,
        resolution: true,
        summary: true,
        answerSummary: true,
        category: { select: { name: true } },
        province: { select: { name: true } },
      },
    }),
    db.publicOutcome.count({ where }),
  ]);
  const agencyIds = [...new Set(rows.flatMap((r) => r.agencyIds))];
  const agencies = new Map(
    (agencyIds.length ? await db.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, name: true } }) : []).map((a) => [a.id, a.name]),
  );
  return {
    total,
    outcomes: rows.map((r) => ({
      id: r.id,
      category: r.category.name,
      province: r.province.name,
      agencies: r.agencyIds.flatMap((id) => agencies.get(id) ?? []),
      publishedOn: jalaliDay(r.publishedOn).replaceAll('-', '/'),
      resolution: r.resolution,
      summary: r.summary,
      answerSummary: r.answerSummary,
    })),
  };
}
