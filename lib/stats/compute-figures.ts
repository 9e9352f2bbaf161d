import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { jalaliMonthStart, jalaliYearRange } from '@/lib/i18n/format';
import { FUNNEL_STAGES, REPORT_KINDS, type FunnelStage, type ReportKindKey } from './figures';

/**
 * Whose reports a figure counts. The caller never builds this from a request: `statsScopeFor` (get-staff-figures.ts)
 * derives it from the actor, and the public refresh always asks for `national` and suppresses the result.
 */
export type StatsScope = { kind: 'national' } | { kind: 'province'; provinceId: number } | { kind: 'agency'; agencyId: string };

/**
 * The condition "report `r` is in scope", as SQL over an alias `r` of "Report". An agency's scope is the reports
 * referred to it (a referral not withdrawn: a withdrawn one was a mistake and the agency no longer reaches it).
 */
export function reportInScope(scope: StatsScope): Prisma.Sql {
  if (scope.kind === 'province') return Prisma.sql`r."provinceId" = ${scope.provinceId}`;
  if (scope.kind === 'agency')
    return Prisma.sql`EXISTS (SELECT 1 FROM "Referral" sf WHERE sf."reportId" = r."id" AND sf."agencyId" = ${scope.agencyId}::uuid AND sf."status" <> 'WITHDRAWN')`;
  return Prisma.sql`TRUE`;
}

/** The reports of a Jalali year (Tehran calendar, by submission) in scope: id, province, category, kind, times, state. */
export function yearReportsInScope(scope: StatsScope, year: number): Prisma.Sql {
  const { start, end } = jalaliYearRange(year);
  return Prisma.sql`SELECT r."id", r."provinceId", r."categoryId", r."topicId", r."kind", r."submittedAt", r."status", r."resolution"
    FROM "Report" r WHERE r."submittedAt" >= ${start} AND r."submittedAt" < ${end} AND ${reportInScope(scope)}`;
}

/** A share before it is published: how many have the property, out of how many could have it. */
export type Ratio = { num: number; den: number };
/** A median and the number of cases it is the median of. */
export type Median = { value: number | null; n: number };

/**
 * Every figure for one scope and Jalali year, exactly as counted (nothing withheld yet). The cohort is the year's
 * reports: everything below is about reports submitted in that year (Tehran calendar), and what happened to them
 * up to `now` (the refresh). lib/stats/project-figures.ts turns this into what a reader may see.
 */
export type RawFigures = {
  year: number;
  provinces: { id: number; name: string; nameEn: string; population: number }[];
  categories: { id: number; name: string; nameEn: string }[];
  /** Province × category counts, rows and columns in the order above. */
  cells: number[][];
  byKind: Record<ReportKindKey, number>;
  /** Index 0 = Farvardin. */
  byMonth: number[];
  funnel: {
    received: number;
    reviewed: number;
    referred: number;
    answered: number;
    resolved: number;
    stages: { stage: FunnelStage; entered: number; rejected: number }[];
  };
  agencies: {
    id: string;
    slug: string;
    name: string;
    nameEn: string;
    referrals: number;
    acknowledgedWithinDue: Ratio;
    answeredWithinDue: Ratio;
    sentBack: Ratio;
    satisfied: Ratio;
    medianDaysToAcknowledge: Median;
    medianDaysToAnswer: Median;
  }[];
};

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);
/** Elapsed days between two timestamps, as a SQL expression (the same measure as the agency portal's figures). */
export const daysBetween = (from: Prisma.Sql, to: Prisma.Sql) => Prisma.sql`extract(epoch FROM ${to} - ${from}) / 86400`;

/**
 * Counts every figure of one Jalali year for a scope, in four set-based queries (GROUPING SETS, FILTER,
 * percentile_cont; no report row reaches JavaScript). Read-only; pass a transaction to read one snapshot.
 */
export async function computeFigures(
  db: Db | Prisma.TransactionClient,
  { scope, year, now = new Date() }: { scope: StatsScope; year: number; now?: Date },
): Promise<RawFigures> {
  const monthStarts = Array.from({ length: 12 }, (_, i) => jalaliMonthStart(year, i + 1));
  const yearReports = yearReportsInScope(scope, year);

  const [provinces, categories, counts, [funnel], agencies] = await Promise.all([
    db.$queryRaw<RawFigures['provinces']>(Prisma.sql`
      SELECT p."id", p."name", p."nameEn", p."population" FROM "Province" p
      WHERE ${scope.kind === 'province' ? Prisma.sql`p."id" = ${scope.provinceId}` : Prisma.sql`TRUE`} ORDER BY p."id"`),
    db.$queryRaw<RawFigures['categories']>(Prisma.sql`SELECT c."id", c."name", c."nameEn" FROM "Category" c ORDER BY c."sortOrder", c."id"`),
    // The two-way table and the two one-way lists in one pass. The month is the bucket of the Tehran month
    // starts (Jalali months do not follow Gregorian ones, so the boundaries come from lib/i18n/format.ts).
    db.$queryRaw<{ provinceId: number | null; categoryId: number | null; kind: ReportKindKey | null; month: number | null; g: number; n: bigint }[]>(Prisma.sql`
      WITH y AS (
        SELECT r."provinceId", r."categoryId", r."kind"::text AS kind,
               width_bucket(r."submittedAt", ARRAY[${Prisma.join(monthStarts.map((d) => Prisma.sql`${d}::timestamp(3)`))}]) AS month
        FROM (${yearReports}) r)
      SELECT y."provinceId", y."categoryId", y.kind, y.month, GROUPING(y."provinceId", y.kind, y.month)::int AS g, count(*) AS n
      FROM y GROUP BY GROUPING SETS ((y."provinceId", y."categoryId"), (y.kind), (y.month))`),
    db.$queryRaw<Record<string, bigint>[]>(funnelCounts(yearReports)),
    db.$queryRaw<
      {
        id: string;
        slug: string;
        name: string;
        nameEn: string;
        referrals: bigint;
        ack_in_due: bigint;
        ack_decided: bigint;
        ans_in_due: bigint;
        ans_decided: bigint;
        sent_back: bigint;
        answered: bigint;
        satisfied: bigint;
        rated: bigint;
        ack_median: number | null;
        ack_n: bigint;
        ans_median: number | null;
        ans_n: bigint;
      }[]
    >(Prisma.sql`
      WITH y AS (${yearReports}),
      f AS (
        SELECT f.*, g."satisfied",
          (f."status" = 'SENT_BACK' OR EXISTS (SELECT 1 FROM "ReferralEvent" e WHERE e."referralId" = f."id" AND e."kind" = 'SENT_BACK')) AS sent_back
        FROM "Referral" f JOIN y ON y."id" = f."reportId" LEFT JOIN "ReportRating" g ON g."reportId" = f."reportId"
        WHERE f."status" <> 'WITHDRAWN')
      SELECT a."id"::text AS id, a."slug", a."name", a."nameEn",
        count(f."id") AS referrals,
        count(*) FILTER (WHERE f."acknowledgedAt" <= f."acknowledgeDueAt") AS ack_in_due,
        count(*) FILTER (WHERE f."acknowledgeDueAt" IS NOT NULL AND (f."acknowledgedAt" IS NOT NULL OR f."acknowledgeDueAt" < ${now})) AS ack_decided,
        count(*) FILTER (WHERE f."respondedAt" <= f."answerDueAt") AS ans_in_due,
        count(*) FILTER (WHERE f."answerDueAt" IS NOT NULL AND (f."respondedAt" IS NOT NULL OR f."answerDueAt" < ${now})) AS ans_decided,
        count(*) FILTER (WHERE f.sent_back) AS sent_back,
        count(*) FILTER (WHERE f."respondedAt" IS NOT NULL OR f.sent_back) AS answered,
        count(*) FILTER (WHERE f."satisfied") AS satisfied,
        count(f."satisfied") AS rated,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween(Prisma.sql`f."referredAt"`, Prisma.sql`f."acknowledgedAt"`)})
          FILTER (WHERE f."acknowledgedAt" IS NOT NULL) AS ack_median,
        count(f."acknowledgedAt") AS ack_n,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween(Prisma.sql`f."referredAt"`, Prisma.sql`f."respondedAt"`)})
          FILTER (WHERE f."respondedAt" IS NOT NULL) AS ans_median,
        count(f."respondedAt") AS ans_n
      FROM "Agency" a LEFT JOIN f ON f."agencyId" = a."id"
      ${
        // Every agency in the public (national) table, referred or not: listing only those with referrals would
        // tell that a withheld count is 1–4 rather than 0. A province's staff see those that concern them.
        // An agency's own scope holds only that agency.
        scope.kind === 'province'
          ? Prisma.sql`WHERE a."provinceId" IS NULL OR a."provinceId" = ${scope.provinceId} OR f."id" IS NOT NULL`
          : scope.kind === 'agency'
            ? Prisma.sql`WHERE a."id" = ${scope.agencyId}::uuid`
            : Prisma.empty
      }
      GROUP BY a."id" ORDER BY a."name", a."id"`),
  ]);

  const provinceIndex = new Map(provinces.map((p, i) => [p.id, i]));
  const categoryIndex = new Map(categories.map((c, i) => [c.id, i]));
  const cells = provinces.map(() => categories.map(() => 0));
  const byKind = Object.fromEntries(REPORT_KINDS.map((k) => [k, 0])) as Record<ReportKindKey, number>;
  const byMonth = Array.from({ length: 12 }, () => 0);
  for (const row of counts) {
    // GROUPING(province, kind, month) is a bit mask of the columns NOT grouped: 0b011 = by province (and
    // category), 0b101 = by kind, 0b110 = by month.
    if (row.g === 0b011) {
      const i = provinceIndex.get(row.provinceId!);
      const j = categoryIndex.get(row.categoryId!);
      if (i !== undefined && j !== undefined) cells[i]![j] = n(row.n);
    } else if (row.g === 0b101) byKind[row.kind!] = n(row.n);
    else if (row.g === 0b110 && row.month! >= 1 && row.month! <= 12) byMonth[row.month! - 1] = n(row.n);
  }

  const median = (value: number | null, count: bigint): Median => ({ value: value === null ? null : Math.round(Number(value) * 10) / 10, n: n(count) });
  return {
    year,
    provinces: provinces.map((p) => ({ ...p, population: n(p.population) })),
    categories,
    cells,
    byKind,
    byMonth,
    funnel: funnelOf(funnel),
    agencies: agencies.map((a) => ({
      id: a.id,
      slug: a.slug,
      name: a.name,
      nameEn: a.nameEn,
      referrals: n(a.referrals),
      acknowledgedWithinDue: { num: n(a.ack_in_due), den: n(a.ack_decided) },
      answeredWithinDue: { num: n(a.ans_in_due), den: n(a.ans_decided) },
      sentBack: { num: n(a.sent_back), den: n(a.answered) },
      satisfied: { num: n(a.satisfied), den: n(a.rated) },
      medianDaysToAcknowledge: median(a.ack_median, a.ack_n),
      medianDaysToAnswer: median(a.ans_median, a.ans_n),
    })),
  };
}

/**
 * The funnel of the year's reports (`yearReports`, yearReportsInScope): received, reviewed, referred, answered,
 * resolved, and per review stage the reports that entered it and were rejected from it; one row, or one row per
 * province (`byProvince`, with "provinceId") for the linked suppression of scoped reports (link-scoped-figures.ts).
 */
export function funnelCounts(yearReports: Prisma.Sql, { byProvince = false }: { byProvince?: boolean } = {}): Prisma.Sql {
  return Prisma.sql`
      WITH y AS (${yearReports}),
      a AS (
        SELECT a."reportId",
          ${Prisma.join(
            FUNNEL_STAGES.map(
              (s) => Prisma.sql`bool_or(a."toStatus" = ${s}::"ReportStatus") AS ${Prisma.raw(`"entered_${s}"`)},
                bool_or(a."decision" = 'REJECT' AND a."fromStatus" = ${s}::"ReportStatus") AS ${Prisma.raw(`"rejected_${s}"`)}`,
            ),
          )},
          bool_or((a."decision" = 'APPROVE' AND a."fromStatus" = 'NATIONAL_REVIEW') OR a."decision" IN ('REJECT', 'MARK_DUPLICATE')) AS reviewed
        FROM "Approval" a JOIN y ON y."id" = a."reportId" GROUP BY a."reportId"),
      f AS (
        SELECT f."reportId", bool_or(f."respondedAt" IS NOT NULL) AS answered
        FROM "Referral" f JOIN y ON y."id" = f."reportId" WHERE f."status" <> 'WITHDRAWN' GROUP BY f."reportId")
      SELECT ${byProvince ? Prisma.sql`y."provinceId" AS "provinceId",` : Prisma.empty} count(*) AS received,
        count(*) FILTER (WHERE a.reviewed) AS reviewed,
        count(f."reportId") AS referred,
        count(*) FILTER (WHERE f.answered) AS answered,
        count(*) FILTER (WHERE y."status" IN ('CLOSED', 'PUBLISHED') AND y."resolution" = 'RESOLVED') AS resolved,
        ${Prisma.join(
          FUNNEL_STAGES.map(
            (s) => Prisma.sql`count(*) FILTER (WHERE ${Prisma.raw(`a."entered_${s}"`)}) AS ${Prisma.raw(`"entered_${s}"`)},
              count(*) FILTER (WHERE ${Prisma.raw(`a."rejected_${s}"`)}) AS ${Prisma.raw(`"rejected_${s}"`)}`,
          ),
        )}
      FROM y LEFT JOIN a ON a."reportId" = y."id" LEFT JOIN f ON f."reportId" = y."id"
      ${byProvince ? Prisma.sql`GROUP BY y."provinceId"` : Prisma.empty}`;
}

/** One row of `funnelCounts` as numbers (no row: every count 0). */
export function funnelOf(row: Record<string, bigint | number> | undefined): RawFigures['funnel'] {
  const f = row ?? {};
  return {
    received: n(f.received),
    reviewed: n(f.reviewed),
    referred: n(f.referred),
    answered: n(f.answered),
    resolved: n(f.resolved),
    stages: FUNNEL_STAGES.map((stage) => ({ stage, entered: n(f[`entered_${stage}`]), rejected: n(f[`rejected_${stage}`]) })),
  };
}
