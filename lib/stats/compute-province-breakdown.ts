import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { jalaliMonthStart } from '@/lib/i18n/format';
import { funnelCounts, funnelOf, yearReportsInScope, type RawFigures } from './compute-figures';
import { FUNNEL_STAGES, REPORT_KINDS, type FunnelStage, type ReportKindKey } from './figures';

/** One province's counts of a Jalali year, for every figure a province's annual report prints that adds up to a national one. */
export type ProvinceCounts = {
  byKind: Record<ReportKindKey, number>;
  /** Index 0 = Farvardin. */
  byMonth: number[];
  funnel: RawFigures['funnel'];
  /** Referrals (not withdrawn) of the province's reports per agency id. */
  referrals: Map<string, number>;
  /** Review-stage visits (compute-review-stages.ts: a move into the stage from another state). */
  visits: Record<FunnelStage, number>;
  /** Reports per priority topic id. */
  topics: Map<number, number>;
};

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

export function emptyProvinceCounts(): ProvinceCounts {
  return {
    byKind: Object.fromEntries(REPORT_KINDS.map((k) => [k, 0])) as Record<ReportKindKey, number>,
    byMonth: Array.from({ length: 12 }, () => 0),
    funnel: funnelOf(undefined),
    referrals: new Map(),
    visits: Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 0])) as Record<FunnelStage, number>,
    topics: new Map(),
  };
}

/**
 * The national counts of a Jalali year broken down by province, with the definitions of the per-scope counts
 * (compute-figures.ts, compute-review-stages.ts, compute-topics.ts), so that a province's row here is what its own
 * report counts; the integration test holds them equal. Four set-based queries, one pass over the year's reports
 * each (not 31 per-province counts). Provinces without a report are absent (emptyProvinceCounts).
 */
export async function computeProvinceBreakdown(db: Db | Prisma.TransactionClient, { year }: { year: number }): Promise<Map<number, ProvinceCounts>> {
  const yearReports = yearReportsInScope({ kind: 'national' }, year);
  const monthStarts = Array.from({ length: 12 }, (_, i) => jalaliMonthStart(year, i + 1));
  const stages = Prisma.join(FUNNEL_STAGES.map((s) => Prisma.sql`${s}::"ReportStatus"`));
  const [counts, funnels, referrals, visits] = await Promise.all([
    db.$queryRaw<{ provinceId: number; kind: ReportKindKey | null; month: number | null; topicId: number | null; g: number; n: bigint }[]>(Prisma.sql`
      WITH y AS (
        SELECT r."provinceId", r."topicId", r."kind"::text AS kind,
               width_bucket(r."submittedAt", ARRAY[${Prisma.join(monthStarts.map((d) => Prisma.sql`${d}::timestamp(3)`))}]) AS month
        FROM (${yearReports}) r)
      SELECT y."provinceId", y.kind, y.month, y."topicId", GROUPING(y.kind, y.month, y."topicId")::int AS g, count(*) AS n
      FROM y GROUP BY GROUPING SETS ((y."provinceId", y.kind), (y."provinceId", y.month), (y."provinceId", y."topicId"))`),
    db.$queryRaw<(Record<string, bigint> & { provinceId: number })[]>(funnelCounts(yearReports, { byProvince: true })),
    db.$queryRaw<{ provinceId: number; agencyId: string; n: bigint }[]>(Prisma.sql`
      WITH y AS (${yearReports})
      SELECT y."provinceId", f."agencyId"::text AS "agencyId", count(*) AS n
      FROM "Referral" f JOIN y ON y."id" = f."reportId" WHERE f."status" <> 'WITHDRAWN'
      GROUP BY y."provinceId", f."agencyId"`),
    db.$queryRaw<{ provinceId: number; stage: FunnelStage; n: bigint }[]>(Prisma.sql`
      WITH y AS (${yearReports})
      SELECT y."provinceId", a."toStatus"::text AS stage, count(*) AS n
      FROM "Approval" a JOIN y ON y."id" = a."reportId"
      WHERE a."fromStatus" IS DISTINCT FROM a."toStatus" AND a."toStatus" IN (${stages})
      GROUP BY y."provinceId", a."toStatus"`),
  ]);
  const out = new Map<number, ProvinceCounts>();
  const of = (provinceId: number) => {
    let c = out.get(provinceId);
    if (!c) out.set(provinceId, (c = emptyProvinceCounts()));
    return c;
  };
  for (const row of counts) {
    // GROUPING(kind, month, topic): the bit of each column NOT grouped — 0b011 by kind, 0b101 by month, 0b110 by topic.
    const c = of(row.provinceId);
    if (row.g === 0b011) c.byKind[row.kind!] = n(row.n);
    else if (row.g === 0b101 && row.month! >= 1 && row.month! <= 12) c.byMonth[row.month! - 1] = n(row.n);
    else if (row.g === 0b110 && row.topicId !== null) c.topics.set(row.topicId, n(row.n));
  }
  for (const row of funnels) of(row.provinceId).funnel = funnelOf(row);
  for (const row of referrals) of(row.provinceId).referrals.set(row.agencyId, n(row.n));
  for (const row of visits) of(row.provinceId).visits[row.stage] = n(row.n);
  return out;
}
