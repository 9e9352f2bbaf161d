// SEED SHORTCUT (issue #16), not the app's code: fills PublicOutcome for the large data set with one
// INSERT … SELECT that mirrors the projection rules of the issue's shared brief, so that the benchmark data
// exists before lib/outcomes/refresh-public-outcomes.ts (refreshPublicOutcomes) is merged. It has the same
// signature and result, so scripts/seed-large.ts switches to the real refresh by changing one import; the
// real refresh is then the one source of these rules and this file can go.
//
// The rules mirrored:
// - one row per report in PUBLISHED with a public summary (Report.publicOutcome); rows of other reports removed;
// - the county only when that county holds at least `countyThreshold` such outcomes (default 5), else null;
// - year and month: the Jalali month of submission as seen in Tehran;
// - agencyIds: the agencies of the report's referrals that were not withdrawn, in order of referral;
// - the timeline as Tehran calendar days (DATE): first referral, first acknowledgement, last answer, last
//   acceptance; publishedOn the day of publication; satisfied the reporter's rating, if any;
// - seq follows publication (newest publication, highest seq) for the rows it inserts;
// - a row whose projection did not change is not rewritten (`upserted` counts inserted and changed rows).
import { toGregorian } from 'jalaali-js';
import { getDb, type Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

type Runner = Pick<Db | Prisma.TransactionClient, '$executeRaw'>;

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

/** The Tehran calendar day of a `timestamp(3)` column holding UTC, as a DATE. */
const tehranDay = (column: Prisma.Sql) => Prisma.sql`(${column} AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Tehran')::date`;

const PROJECTED = [
  'kind',
  'categoryId',
  'provinceId',
  'countyId',
  'year',
  'month',
  'summary',
  'answerSummary',
  'resolution',
  'satisfied',
  'agencyIds',
  'referredOn',
  'acknowledgedOn',
  'answeredOn',
  'acceptedOn',
  'publishedOn',
] as const;
/** The projected columns, qualified by `table` (or bare when it is empty). */
const columns = (table: string) => Prisma.raw(PROJECTED.map((c) => (table ? `${table}."${c}"` : `"${c}"`)).join(', '));

/** The projection statement (also printed by scripts/bench-outcomes-stats.ts for EXPLAIN). */
export function publicOutcomesUpsert(countyThreshold: number): Prisma.Sql {
  const months = jalaliMonthStarts();
  return Prisma.sql`
    WITH published AS (
      SELECT r."id", r."kind", r."categoryId", r."provinceId", r."countyId", r."submittedAt", r."publishedAt",
             r."publicOutcome", r."publicAnswer", r."resolution"
      FROM "Report" r
      WHERE r."status" = 'PUBLISHED' AND r."publicOutcome" IS NOT NULL AND r."publishedAt" IS NOT NULL
    ),
    -- Counted apart, not by a window over the rows: a window sorts the summaries with them (spilled 116 MB at 1M).
    county_outcomes AS (
      SELECT p."countyId", count(*) AS n FROM published p WHERE p."countyId" IS NOT NULL GROUP BY 1
    ),
    referred AS (
      SELECT f."reportId",
             array_agg(f."agencyId" ORDER BY f."referredAt", f."id") AS "agencyIds",
             min(f."referredAt") AS "referredAt", min(f."acknowledgedAt") AS "acknowledgedAt",
             max(f."respondedAt") AS "respondedAt", max(f."acceptedAt") AS "acceptedAt"
      FROM "Referral" f
      JOIN published p ON p."id" = f."reportId"
      WHERE f."status" <> 'WITHDRAWN'
      GROUP BY f."reportId"
    ),
    month_starts AS (
      SELECT m.jy, m.jm, m.first, lead(m.first) OVER (ORDER BY m.first) AS "next"
      FROM unnest(${months.jy}::int[], ${months.jm}::int[], ${months.first}::date[]) AS m(jy, jm, first)
    ),
    calendar AS (
      SELECT d::date AS "day", s.jy, s.jm
      FROM month_starts s, generate_series(s.first, s."next" - 1, interval '1 day') AS d
      WHERE s."next" IS NOT NULL
    ),
    projected AS (
      SELECT p."id" AS "reportId", p."kind", p."categoryId", p."provinceId",
             CASE WHEN k.n >= ${countyThreshold} THEN p."countyId" END AS "countyId",
             c.jy AS "year", c.jm AS "month", p."publicOutcome" AS "summary", coalesce(p."publicAnswer", '') AS "answerSummary",
             p."resolution", g."satisfied", coalesce(f."agencyIds", '{}') AS "agencyIds",
             ${tehranDay(Prisma.sql`f."referredAt"`)} AS "referredOn", ${tehranDay(Prisma.sql`f."acknowledgedAt"`)} AS "acknowledgedOn",
             ${tehranDay(Prisma.sql`f."respondedAt"`)} AS "answeredOn", ${tehranDay(Prisma.sql`f."acceptedAt"`)} AS "acceptedOn",
             ${tehranDay(Prisma.sql`p."publishedAt"`)} AS "publishedOn", p."publishedAt"
      FROM published p
      JOIN calendar c ON c."day" = ${tehranDay(Prisma.sql`p."submittedAt"`)}
      LEFT JOIN county_outcomes k ON k."countyId" = p."countyId"
      LEFT JOIN referred f ON f."reportId" = p."id"
      LEFT JOIN "ReportRating" g ON g."reportId" = p."id"
    )
    INSERT INTO "PublicOutcome" ("reportId", ${columns('')})
    SELECT x."reportId", ${columns('x')}
    FROM projected x
    LEFT JOIN "PublicOutcome" o ON o."reportId" = x."reportId"
    -- Only new and changed rows reach the INSERT: it computes the generated search vector of every row it
    -- is given, even one that then conflicts (107 s for 198,798 unchanged rows at 1M: docs/benchmarks.md), and an
    -- hourly rewrite of unchanged rows would also leave as many dead tuples.
    WHERE o."reportId" IS NULL OR (${columns('o')}) IS DISTINCT FROM (${columns('x')})
    ORDER BY x."publishedAt", x."reportId"
    ON CONFLICT ("reportId") DO UPDATE SET ${Prisma.raw(PROJECTED.map((c) => `"${c}" = EXCLUDED."${c}"`).join(', '))}`;
}

/** Rows whose report is no longer published with a summary (unpublished, or its summary removed). */
export const publicOutcomesRemoval = Prisma.sql`
  DELETE FROM "PublicOutcome" o
  WHERE NOT EXISTS (
    SELECT 1 FROM "Report" r
    WHERE r."id" = o."reportId" AND r."status" = 'PUBLISHED' AND r."publicOutcome" IS NOT NULL AND r."publishedAt" IS NOT NULL
  )`;

/** Rebuilds every PublicOutcome row from the published reports (seed shortcut; see the top of the file). */
export async function fillPublicOutcomes(opts: { db?: Runner; countyThreshold?: number } = {}): Promise<{ upserted: number; removed: number }> {
  const db = opts.db ?? (await getDb());
  const threshold = opts.countyThreshold ?? 5;
  if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`countyThreshold must be a positive integer, not ${threshold}`);
  const removed = await db.$executeRaw(publicOutcomesRemoval);
  const upserted = await db.$executeRaw(publicOutcomesUpsert(threshold));
  return { upserted, removed };
}
