import 'server-only';
import { scopeSql, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { Prisma, type ReportStatus } from '@/lib/generated/prisma/client';
import { NO_OUTCOME } from '@/lib/workflow/duplicate-links';

export type SimilarReport = { id: string; caseNumber: string | null; status: ReportStatus; submittedAt: Date; excerpt: string };

/** How many of a report's words (the longest, the most telling) make the question. */
const WORDS = 32;

/**
 * Possibly related reports for a reviewer's report page (issue #13): in the reviewer's scope, of the same
 * category and the same county (the same province when the report names no county), sharing words with
 * it through the search index (the same folding as the queue's search: Persian/Arabic letters, digits),
 * the most alike first. Only reports that could be its original (duplicate-links.ts): not the report
 * itself, not reports closed as duplicates, withdrawn or rejected.
 */
export async function findSimilarReports({ actor, reportId, limit = 5 }: { actor: Actor; reportId: string; limit?: number }): Promise<SimilarReport[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<(Omit<SimilarReport, 'excerpt'> & { description: string })[]>(Prisma.sql`
    WITH me AS (SELECT "id", "categoryId", "provinceId", "countyId", "searchVector" FROM "Report" WHERE "id" = ${reportId}::uuid),
    words AS (
      SELECT lexeme FROM me, unnest(tsvector_to_array(me."searchVector")) AS lexeme
      ORDER BY length(lexeme) DESC, lexeme LIMIT ${WORDS}),
    q AS (SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) AS query FROM words)
    SELECT r."id", r."caseNumber", r."status", r."submittedAt", left(r."description", 141) AS "description"
    FROM "Report" r, me, q
    WHERE r."id" <> me."id" AND q.query IS NOT NULL
      AND r."categoryId" = me."categoryId"
      AND (CASE WHEN me."countyId" IS NOT NULL THEN r."countyId" = me."countyId" ELSE r."provinceId" = me."provinceId" END)
      AND r."duplicateOfId" IS NULL AND r."status"::text <> ALL(${[...NO_OUTCOME]}::text[])
      AND r."submitterId" IS DISTINCT FROM ${actor.id}::uuid
      AND r."searchVector" @@ q.query
      AND ${scopeSql(actor, 'report')}
    ORDER BY ts_rank(r."searchVector", q.query) DESC, r."submittedAt" DESC
    LIMIT ${limit}`);
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.caseNumber,
    status: r.status,
    submittedAt: r.submittedAt,
    excerpt: r.description.length > 140 ? `${r.description.slice(0, 140)}…` : r.description,
  }));
}
