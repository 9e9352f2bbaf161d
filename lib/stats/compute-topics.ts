import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { yearReportsInScope, type StatsScope } from './compute-figures';

/** Reports per priority topic, as counted. */
export type RawTopic = { id: number; title: string; titleEn: string; reports: number };

/**
 * The priority topics (Topic) with the most reports among the year's reports in scope, most first (ties: the
 * topics' own order), at most `limit`, only topics with at least `min` reports. One GROUP BY.
 */
export async function computeTopics(
  db: Db | Prisma.TransactionClient,
  { scope, year, limit = 10, min = 1 }: { scope: StatsScope; year: number; limit?: number; min?: number },
): Promise<RawTopic[]> {
  const rows = await db.$queryRaw<{ id: number; title: string; titleEn: string; reports: bigint }[]>(Prisma.sql`
    WITH y AS (${yearReportsInScope(scope, year)})
    SELECT t."id", t."title", t."titleEn", count(*) AS reports
    FROM y JOIN "Topic" t ON t."id" = y."topicId"
    GROUP BY t."id" HAVING count(*) >= ${min}
    ORDER BY count(*) DESC, t."sortOrder", t."id" LIMIT ${limit}`);
  return rows.map((r) => ({ ...r, reports: Number(r.reports) }));
}
