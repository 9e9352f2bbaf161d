import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { jalaliYearRange } from '@/lib/i18n/format';
import { daysBetween, yearReportsInScope, type Median, type Ratio, type StatsScope } from './compute-figures';
import { FUNNEL_STAGES, type FunnelStage } from './figures';

/** One review stage's visits by the year's reports, as counted (nothing withheld). */
export type RawReviewStage = {
  stage: FunnelStage;
  visits: number;
  /** Days from entering to leaving, over the finished visits (`n` = finished visits); one decimal. */
  medianDays: Median;
  p90Days: Median;
  /** Visits reminded as past their deadline / escalated to the level above, out of all visits. */
  overdue: Ratio;
  escalated: Ratio;
};

/** How the year's reports ended at a review stage, as counted: reports per closing decision. */
export type RawEnding = { stage: FunnelStage; rejected: number; duplicate: number; withdrawn: number };

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);
const round1 = (v: number | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);

/**
 * Time at each review stage and how the reports that stopped there ended, for the reports of a Jalali year in
 * scope (their whole history up to now, as the funnel counts it). Two set-based queries over Approval.
 *
 * A visit starts with an Approval that moves the report INTO the stage (toStatus = stage, from another state) and
 * ends with the report's next state-changing Approval (LEAD over createdAt). An ESCALATE row keeps the state
 * (lib/workflow/deadline-sweep.ts writes fromStatus = toStatus), so it neither starts nor ends a visit: it marks
 * the visit escalated. A visit is overdue when the deadline sweep reminded the stage during it: the audit event
 * 'report.reminded' with meta.status = stage (the sweep's only record of a reminder; Report.remindedAt is cleared
 * by the next move). A report returned to a stage visits it again. Unfinished visits count as visits and may be
 * overdue or escalated, but have no duration.
 *
 * Endings: reports with a REJECT, MARK_DUPLICATE or WITHDRAW decision taken from the stage. The reasons given with
 * them are free text (publicNote / internalNote / the reporter's own words) and are never aggregated: they may
 * name people or places precisely enough to identify someone, and no fixed list of reasons exists to count.
 */
export async function computeReviewStages(
  db: Db | Prisma.TransactionClient,
  { scope, year }: { scope: StatsScope; year: number },
): Promise<{ stages: RawReviewStage[]; endings: RawEnding[] }> {
  const stages = Prisma.join(FUNNEL_STAGES.map((s) => Prisma.sql`${s}::"ReportStatus"`));
  const yearStart = jalaliYearRange(year).start;
  const [visits, endings] = await Promise.all([
    db.$queryRaw<
      { stage: FunnelStage; visits: bigint; finished: bigint; median: number | null; p90: number | null; overdue: bigint; escalated: bigint }[]
    >(Prisma.sql`
      WITH y AS (${yearReportsInScope(scope, year)}),
      ap AS (SELECT a."id", a."reportId", a."decision", a."fromStatus", a."toStatus", a."createdAt" FROM "Approval" a JOIN y ON y."id" = a."reportId"),
      moves AS (
        SELECT ap."reportId", ap."toStatus", ap."createdAt",
          LEAD(ap."createdAt") OVER (PARTITION BY ap."reportId" ORDER BY ap."createdAt", ap."id") AS left_at
        FROM ap WHERE ap."fromStatus" IS DISTINCT FROM ap."toStatus"),
      v AS (
        SELECT row_number() OVER () AS visit, m."reportId"::text AS report, m."toStatus"::text AS stage, m."createdAt" AS entered_at, m.left_at
        FROM moves m WHERE m."toStatus" IN (${stages})),
      -- What happened during a visit, joined by report and stage (a hash join, not a probe per visit): the
      -- deadline sweep's reminders (no reminder of a report precedes the year that it was submitted in) and escalations.
      marks AS (
        SELECT e."objectId" AS report, e."meta"->>'status' AS stage, e."at", TRUE AS reminded
        FROM "AuditEvent" e WHERE e."action" = 'report.reminded' AND e."objectType" = 'report' AND e."at" >= ${yearStart}
        UNION ALL
        SELECT ap."reportId"::text, ap."fromStatus"::text, ap."createdAt", FALSE FROM ap WHERE ap."decision" = 'ESCALATE'),
      vm AS (
        SELECT v.visit, v.stage, v.entered_at, v.left_at, coalesce(bool_or(k.reminded), FALSE) AS overdue, coalesce(bool_or(NOT k.reminded), FALSE) AS escalated
        FROM v LEFT JOIN marks k ON k.report = v.report AND k.stage = v.stage AND k."at" >= v.entered_at AND (v.left_at IS NULL OR k."at" <= v.left_at)
        GROUP BY v.visit, v.stage, v.entered_at, v.left_at)
      SELECT v.stage, count(*) AS visits, count(v.left_at) AS finished,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween(Prisma.sql`v.entered_at`, Prisma.sql`v.left_at`)}) AS median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY ${daysBetween(Prisma.sql`v.entered_at`, Prisma.sql`v.left_at`)}) AS p90,
        count(*) FILTER (WHERE v.overdue) AS overdue, count(*) FILTER (WHERE v.escalated) AS escalated
      FROM vm v GROUP BY v.stage`),
    db.$queryRaw<{ stage: FunnelStage; rejected: bigint; duplicate: bigint; withdrawn: bigint }[]>(Prisma.sql`
      WITH y AS (${yearReportsInScope(scope, year)})
      SELECT a."fromStatus"::text AS stage,
        count(DISTINCT a."reportId") FILTER (WHERE a."decision" = 'REJECT') AS rejected,
        count(DISTINCT a."reportId") FILTER (WHERE a."decision" = 'MARK_DUPLICATE') AS duplicate,
        count(DISTINCT a."reportId") FILTER (WHERE a."decision" = 'WITHDRAW') AS withdrawn
      FROM "Approval" a JOIN y ON y."id" = a."reportId"
      WHERE a."fromStatus" IN (${stages}) AND a."decision" IN ('REJECT', 'MARK_DUPLICATE', 'WITHDRAW')
      GROUP BY a."fromStatus"`),
  ]);
  // percentile_cont ignores the NULL durations of unfinished visits, so its cases are the finished ones.
  return {
    stages: FUNNEL_STAGES.map((stage) => {
      const r = visits.find((x) => x.stage === stage);
      const total = n(r?.visits);
      return {
        stage,
        visits: total,
        medianDays: { value: round1(r?.median ?? null), n: n(r?.finished) },
        p90Days: { value: round1(r?.p90 ?? null), n: n(r?.finished) },
        overdue: { num: n(r?.overdue), den: total },
        escalated: { num: n(r?.escalated), den: total },
      };
    }),
    endings: FUNNEL_STAGES.map((stage) => {
      const r = endings.find((x) => x.stage === stage);
      return { stage, rejected: n(r?.rejected), duplicate: n(r?.duplicate), withdrawn: n(r?.withdrawn) };
    }),
  };
}
