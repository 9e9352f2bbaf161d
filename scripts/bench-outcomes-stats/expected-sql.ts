// The statements /outcomes and /stats are expected to run (issue #16), written before parts B and C were
// merged, so that the benchmark data could be checked for plans and indexes early. They are this
// benchmark's guess, not the app's code: after the merge, `BENCH_PARTS=http,refresh` measures the app
// itself, and these remain a yardstick (`BENCH_PARTS=sql`).
import { jalaliYearRange } from '@/lib/i18n/format';
import { Prisma } from '@/lib/generated/prisma/client';
import { toGregorian } from 'jalaali-js';

/** The first day (Gregorian, YYYY-MM-DD) of every Jalali month from 1390 to 1420: the calendar the SQL joins on. */
export function jalaliMonthStarts(fromYear = 1390, toYear = 1420): { jy: number[]; jm: number[]; first: string[] } {
  const out = { jy: [] as number[], jm: [] as number[], first: [] as string[] };
  for (let jy = fromYear; jy <= toYear; jy++) {
    for (let jm = 1; jm <= 12; jm++) {
      const { gy, gm, gd } = toGregorian(jy, jm, 1);
      out.jy.push(jy);
      out.jm.push(jm);
      out.first.push(`${gy}-${String(gm).padStart(2, '0')}-${String(gd).padStart(2, '0')}`);
    }
  }
  return out;
}

export type OutcomeFilters = {
  provinceId?: number;
  categoryId?: number;
  agencyId?: string;
  year?: number;
  resolution?: 'RESOLVED' | 'UNRESOLVED';
  q?: string;
  /** Keyset cursor: the seq of the last row of the previous page. */
  after?: number;
};

/** One page of /outcomes, newest first, one row more than the page to know whether another follows. */
export function outcomesPage(f: OutcomeFilters, pageSize: number): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.provinceId !== undefined) where.push(Prisma.sql`o."provinceId" = ${f.provinceId}`);
  if (f.categoryId !== undefined) where.push(Prisma.sql`o."categoryId" = ${f.categoryId}`);
  if (f.agencyId !== undefined) where.push(Prisma.sql`o."agencyIds" @> ARRAY[${f.agencyId}::uuid]`);
  if (f.year !== undefined) where.push(Prisma.sql`o."year" = ${f.year}`);
  if (f.resolution !== undefined) where.push(Prisma.sql`o."resolution" = ${f.resolution}::"Resolution"`);
  if (f.q !== undefined) where.push(Prisma.sql`o."searchVector" @@ (SELECT sajam_search_query(${f.q}))`);
  if (f.after !== undefined) where.push(Prisma.sql`o."seq" < ${f.after}`);
  return Prisma.sql`
    SELECT o."id", o."seq", o."kind", o."year", o."month", o."summary", o."answerSummary", o."resolution", o."satisfied",
           o."agencyIds", o."referredOn", o."acknowledgedOn", o."answeredOn", o."acceptedOn", o."publishedOn",
           c."name" AS "category", p."name" AS "province", ct."name" AS "county"
    FROM "PublicOutcome" o
    JOIN "Category" c ON c."id" = o."categoryId"
    JOIN "Province" p ON p."id" = o."provinceId"
    LEFT JOIN "County" ct ON ct."id" = o."countyId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY o."seq" DESC
    LIMIT ${pageSize + 1}`;
}

/** The keyset cursor of page `page`: the seq of the last row of page `page - 1` (null when there are fewer rows). */
export function cursorOfPage(f: Omit<OutcomeFilters, 'after' | 'q'>, page: number, pageSize: number): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.provinceId !== undefined) where.push(Prisma.sql`"provinceId" = ${f.provinceId}`);
  if (f.categoryId !== undefined) where.push(Prisma.sql`"categoryId" = ${f.categoryId}`);
  if (f.year !== undefined) where.push(Prisma.sql`"year" = ${f.year}`);
  return Prisma.sql`SELECT "seq" FROM "PublicOutcome" WHERE ${Prisma.join(where, ' AND ')} ORDER BY "seq" DESC OFFSET ${(page - 1) * pageSize - 1} LIMIT 1`;
}

const inYear = (column: Prisma.Sql, jy: number) => {
  const { start, end } = jalaliYearRange(jy);
  return Prisma.sql`${column} >= ${start} AND ${column} < ${end}`;
};

/** Reports received in a Jalali year by province and category (the table, the map's per-100,000 figure and its margins). */
export function receivedByProvinceCategory(jy: number): Prisma.Sql {
  return Prisma.sql`
    SELECT r."provinceId", r."categoryId", count(*)::int AS n
    FROM "Report" r WHERE ${inYear(Prisma.sql`r."submittedAt"`, jy)}
    GROUP BY 1, 2`;
}

/** Reports received in a Jalali year by kind. */
export function receivedByKind(jy: number): Prisma.Sql {
  return Prisma.sql`SELECT r."kind", count(*)::int AS n FROM "Report" r WHERE ${inYear(Prisma.sql`r."submittedAt"`, jy)} GROUP BY 1`;
}

/** The funnel: received → reviewed → referred → answered → resolved, by FILTER over the year's reports. */
export function funnel(jy: number): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS received,
           count(*) FILTER (WHERE r."status" NOT IN ('CORE_REVIEW', 'PROVINCE_REVIEW', 'NATIONAL_REVIEW', 'NEEDS_INFO'))::int AS reviewed,
           count(*) FILTER (WHERE r."status" IN ('REFERRED', 'ACKNOWLEDGED', 'RESPONDED', 'CLOSED', 'PUBLISHED'))::int AS referred,
           count(*) FILTER (WHERE r."status" IN ('RESPONDED', 'CLOSED', 'PUBLISHED'))::int AS answered,
           count(*) FILTER (WHERE r."resolution" = 'RESOLVED')::int AS resolved,
           count(*) FILTER (WHERE r."status" = 'REJECTED')::int AS rejected
    FROM "Report" r WHERE ${inYear(Prisma.sql`r."submittedAt"`, jy)}`;
}

/** Where the year's rejected reports were rejected (the funnel's share rejected at each stage), from the review steps. */
export function rejectedByStage(jy: number): Prisma.Sql {
  return Prisma.sql`
    SELECT a."fromStatus", count(*)::int AS n
    FROM "Approval" a JOIN "Report" r ON r."id" = a."reportId"
    WHERE a."decision" = 'REJECT' AND ${inYear(Prisma.sql`r."submittedAt"`, jy)}
    GROUP BY 1`;
}

/** The agency league table for referrals made in a Jalali year. */
export function agencyLeague(jy: number): Prisma.Sql {
  return Prisma.sql`
    SELECT f."agencyId",
           count(*)::int AS referrals,
           count(*) FILTER (WHERE f."acknowledgedAt" <= f."acknowledgeDueAt")::float
             / nullif(count(*) FILTER (WHERE f."acknowledgedAt" IS NOT NULL OR f."acknowledgeDueAt" < now()), 0) AS "acknowledgedInTime",
           count(*) FILTER (WHERE f."respondedAt" <= f."answerDueAt")::float
             / nullif(count(*) FILTER (WHERE f."respondedAt" IS NOT NULL OR f."answerDueAt" < now()), 0) AS "answeredInTime",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f."acknowledgedAt" - f."referredAt") / 86400) AS "medianDaysToAcknowledge",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f."respondedAt" - f."referredAt") / 86400) AS "medianDaysToAnswer",
           count(*) FILTER (WHERE s."referralId" IS NOT NULL)::float / count(*) AS "sentBack",
           avg(g."satisfied"::int) AS satisfaction
    FROM "Referral" f
    LEFT JOIN (SELECT DISTINCT e."referralId" FROM "ReferralEvent" e WHERE e."kind" = 'SENT_BACK') s ON s."referralId" = f."id"
    LEFT JOIN "ReportRating" g ON g."reportId" = f."reportId"
    WHERE f."status" <> 'WITHDRAWN' AND ${inYear(Prisma.sql`f."referredAt"`, jy)}
    GROUP BY 1`;
}

/** The month-by-month trend of a year (Jalali months, by the Tehran day of submission). */
export function monthlyTrend(jy: number): Prisma.Sql {
  const m = jalaliMonthStarts(jy, jy + 1);
  return Prisma.sql`
    WITH month_starts AS (
      SELECT s.jy, s.jm, s.first, lead(s.first) OVER (ORDER BY s.first) AS "next"
      FROM unnest(${m.jy}::int[], ${m.jm}::int[], ${m.first}::date[]) AS s(jy, jm, first)
    ),
    calendar AS (
      SELECT d::date AS "day", s.jm FROM month_starts s, generate_series(s.first, s."next" - 1, interval '1 day') AS d
      WHERE s."next" IS NOT NULL AND s.jy = ${jy}
    )
    SELECT c.jm AS month, r."categoryId", count(*)::int AS n
    FROM "Report" r JOIN calendar c ON c."day" = (r."submittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Tehran')::date
    WHERE ${inYear(Prisma.sql`r."submittedAt"`, jy)}
    GROUP BY 1, 2`;
}

/** The published outcomes of a year by province and resolution (the public scope's own table). */
export function publishedByProvince(jy: number): Prisma.Sql {
  return Prisma.sql`SELECT o."provinceId", o."resolution", count(*)::int AS n FROM "PublicOutcome" o WHERE o."year" = ${jy} GROUP BY 1, 2`;
}

export const STATS_QUERIES = [
  { name: 'received by province × category', sql: receivedByProvinceCategory },
  { name: 'received by kind', sql: receivedByKind },
  { name: 'funnel (FILTER)', sql: funnel },
  { name: 'rejected by stage (review steps)', sql: rejectedByStage },
  { name: 'agency league table (percentile_cont)', sql: agencyLeague },
  { name: 'month-by-month trend × category', sql: monthlyTrend },
  { name: 'published outcomes by province × resolution', sql: publishedByProvince },
] as const;
