import 'server-only';
// The rules of the public projection of published outcomes (issue #16), written once, in SQL: which reports
// have a PublicOutcome row and what it holds. The one-report write on each move (sync-public-outcome.ts),
// the scheduled rebuild of all of them (refresh-public-outcomes.ts) and the staff's preview
// (preview-outcome.ts) are this same statement over a different set of reports.
//
//   a row exists   ⇔ the report is PUBLISHED and has both summaries (publicOutcome, publicAnswer)
//   countyId       the report's county only while that county holds ≥ outcomeCountyThreshold such reports
//   year, month    Jalali, of submittedAt as a Tehran day (sajam_jalali_year/_month, migration outcome_projection)
//   agencyIds      agencies of the referrals not withdrawn, in the order referred
//   referredOn     first referral · acknowledgedOn first acknowledgement · answeredOn last answer ·
//   acceptedOn     last acceptance — each a Tehran calendar day (DATE), never an instant
//   satisfied      the reporter's rating, when given
//   publishedOn    the Tehran day of publication
import { Prisma } from '@/lib/generated/prisma/client';

/** The projected columns besides reportId, in the table's order; also the columns the upsert compares. */
export const PROJECTED_COLUMNS = [
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

/** One projected row, as the SELECT returns it. */
export type ProjectedOutcome = {
  reportId: string;
  kind: Prisma.PublicOutcomeCreateManyInput['kind'];
  categoryId: number;
  provinceId: number;
  countyId: number | null;
  year: number;
  month: number;
  summary: string;
  answerSummary: string;
  resolution: 'RESOLVED' | 'UNRESOLVED' | null;
  satisfied: boolean | null;
  agencyIds: string[];
  referredOn: Date | null;
  acknowledgedOn: Date | null;
  answeredOn: Date | null;
  acceptedOn: Date | null;
  publishedOn: Date;
};

/** The staff's preview: this report projected as if it were published now with these summaries (nothing is written). */
export type AsPublished = { reportId: string; summary: string; answerSummary: string };

/** Whether report `alias` has a public outcome (or is the one being previewed). */
function eligible(alias: 'r' | 'e', preview?: AsPublished): Prisma.Sql {
  const published = Prisma.sql`(${Prisma.raw(alias)}.status = 'PUBLISHED' AND ${Prisma.raw(alias)}."publicOutcome" IS NOT NULL AND ${Prisma.raw(alias)}."publicAnswer" IS NOT NULL)`;
  return preview ? Prisma.sql`(${published} OR ${Prisma.raw(alias)}.id = ${preview.reportId}::uuid)` : published;
}

/**
 * The projection of the reports matching `scope` (a condition on `r`, the Report) that have a public
 * outcome: one row per report, columns as PROJECTED_COLUMNS plus reportId. The county counts are taken
 * over every report with a public outcome in the scope's counties, so a scope of one county's reports
 * sees the same counts as the whole rebuild.
 */
export function projectionQuery({ scope, threshold, preview }: { scope: Prisma.Sql; threshold: number; preview?: AsPublished }): Prisma.Sql {
  const summary = preview
    ? Prisma.sql`CASE WHEN r.id = ${preview.reportId}::uuid THEN ${preview.summary} ELSE r."publicOutcome" END`
    : Prisma.sql`r."publicOutcome"`;
  const answer = preview
    ? Prisma.sql`CASE WHEN r.id = ${preview.reportId}::uuid THEN ${preview.answerSummary} ELSE r."publicAnswer" END`
    : Prisma.sql`r."publicAnswer"`;
  return Prisma.sql`
    WITH scoped AS MATERIALIZED (
      SELECT r.* FROM "Report" r WHERE ${eligible('r', preview)} AND ${scope}
    ), counties AS (
      SELECT e."countyId", count(*)::int AS n
      FROM "Report" e
      WHERE ${eligible('e', preview)}
        AND (e."provinceId", e."countyId") IN (SELECT DISTINCT s."provinceId", s."countyId" FROM scoped s WHERE s."countyId" IS NOT NULL)
      GROUP BY e."countyId"
    )
    SELECT r.id AS "reportId",
           r.kind,
           r."categoryId",
           r."provinceId",
           CASE WHEN c.n >= ${threshold}::int THEN r."countyId" END AS "countyId",
           sajam_jalali_year(sajam_tehran_day(r."submittedAt")) AS year,
           sajam_jalali_month(sajam_tehran_day(r."submittedAt")) AS month,
           ${summary} AS summary,
           ${answer} AS "answerSummary",
           r.resolution,
           rt.satisfied,
           coalesce(f."agencyIds", '{}'::uuid[]) AS "agencyIds",
           f."referredOn",
           f."acknowledgedOn",
           f."answeredOn",
           f."acceptedOn",
           sajam_tehran_day(coalesce(r."publishedAt", now() AT TIME ZONE 'UTC')) AS "publishedOn"
    FROM scoped r
    LEFT JOIN counties c ON c."countyId" = r."countyId"
    LEFT JOIN "ReportRating" rt ON rt."reportId" = r.id
    LEFT JOIN LATERAL (
      SELECT array_agg(x."agencyId" ORDER BY x."referredAt", x."agencyId") AS "agencyIds",
             sajam_tehran_day(min(x."referredAt")) AS "referredOn",
             sajam_tehran_day(min(x."acknowledgedAt")) AS "acknowledgedOn",
             sajam_tehran_day(max(x."respondedAt")) AS "answeredOn",
             sajam_tehran_day(max(x."acceptedAt")) AS "acceptedOn"
      FROM "Referral" x
      WHERE x."reportId" = r.id AND x.status <> 'WITHDRAWN'
    ) f ON true`;
}

const column = (name: string) => Prisma.raw(`"${name}"`);
const list = (prefix: string) => Prisma.join(PROJECTED_COLUMNS.map((c) => Prisma.raw(`${prefix}"${c}"`)));

/**
 * Writes the projection of `scope` into PublicOutcome in one statement: rows that changed are updated,
 * new ones inserted, and the rows in `removeScope` (a condition on `o`, the PublicOutcome) whose report
 * no longer projects are deleted. Existing rows are updated, not upserted: INSERT … ON CONFLICT takes a
 * value of `seq` for every row it tries, and an hourly rebuild of every row would use up the sequence; the
 * INSERT keeps ON CONFLICT DO UPDATE for a row a concurrent move inserted meanwhile. Unchanged rows are
 * not written at all. `seq` (publication order) and `id` (the public URL) stay as they were.
 */
export async function writeProjection(
  db: Pick<Prisma.TransactionClient, '$queryRaw'>,
  o: { scope: Prisma.Sql; removeScope: Prisma.Sql; threshold: number },
): Promise<{ upserted: number; removed: number }> {
  const set = Prisma.join(PROJECTED_COLUMNS.map((c) => Prisma.sql`${column(c)} = p.${column(c)}`));
  const [counts] = await db.$queryRaw<[{ upserted: number; removed: number }]>`
    WITH p AS MATERIALIZED (${projectionQuery({ scope: o.scope, threshold: o.threshold })}),
    updated AS (
      UPDATE "PublicOutcome" o SET ${set}
      FROM p
      WHERE o."reportId" = p."reportId" AND (${list('o.')}) IS DISTINCT FROM (${list('p.')})
      RETURNING 1
    ),
    inserted AS (
      INSERT INTO "PublicOutcome" ("reportId", ${list('')})
      SELECT p."reportId", ${list('p.')} FROM p
      WHERE NOT EXISTS (SELECT 1 FROM "PublicOutcome" o WHERE o."reportId" = p."reportId")
      ON CONFLICT ("reportId") DO UPDATE SET ${Prisma.join(PROJECTED_COLUMNS.map((c) => Prisma.sql`${column(c)} = EXCLUDED.${column(c)}`))}
      RETURNING 1
    ),
    removed AS (
      DELETE FROM "PublicOutcome" o
      WHERE ${o.removeScope} AND NOT EXISTS (SELECT 1 FROM p WHERE p."reportId" = o."reportId")
      RETURNING 1
    )
    SELECT ((SELECT count(*) FROM updated) + (SELECT count(*) FROM inserted))::int AS upserted, (SELECT count(*) FROM removed)::int AS removed`;
  return counts;
}

/**
 * The reports whose rows one report's move may change: itself, and the others of its county (the county
 * threshold). Said through the province first, so the (provinceId, status, …) index finds them.
 */
export function oneReportScope(reportId: string): Prisma.Sql {
  const of = (column: string) => Prisma.sql`(SELECT t.${Prisma.raw(`"${column}"`)} FROM "Report" t WHERE t.id = ${reportId}::uuid)`;
  return Prisma.sql`r."provinceId" = ${of('provinceId')} AND (r.id = ${reportId}::uuid OR r."countyId" = ${of('countyId')})`;
}
