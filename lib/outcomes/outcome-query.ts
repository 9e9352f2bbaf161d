import 'server-only';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { searchQuery } from '@/lib/reports/queue-filters';
import type { OutcomeFilters } from './outcome-filters';

/**
 * How many of the newest candidates a search reads before it turns to the full-text index (the same two
 * plans as the staff queue, lib/reports/list-review-queue.ts: PostgreSQL cannot both walk `seq` backwards
 * and use the GIN index, and guesses badly between them).
 */
export const OUTCOME_SEARCH_WINDOW = 2000;

/** The filters as SQL conditions on "PublicOutcome" o; each one an index serves (see the migration public_outcomes). */
function conditions(filters: OutcomeFilters, after: number | undefined): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.province !== undefined) where.push(Prisma.sql`o."provinceId" = ${filters.province}`);
  if (filters.category !== undefined) where.push(Prisma.sql`o."categoryId" = ${filters.category}`);
  if (filters.year !== undefined) where.push(Prisma.sql`o."year" = ${filters.year}`);
  if (filters.resolution !== undefined) where.push(Prisma.sql`o."resolution" = ${filters.resolution}::"Resolution"`);
  if (filters.agency !== undefined) where.push(Prisma.sql`o."agencyIds" @> ARRAY[${filters.agency}::uuid]`);
  if (after !== undefined) where.push(Prisma.sql`o."seq" < ${after}`);
  return where;
}

const whereClause = (where: Prisma.Sql[]) => (where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty);

export type OutcomeKeysQuery = { plain: Prisma.Sql } | { recent: Prisma.Sql; windowSize: Prisma.Sql; indexed: Prisma.Sql };

/**
 * The ids and seqs of one page (newest first, `limit + 1` rows so the caller knows whether another
 * page follows), as SQL — exported for the benchmark's EXPLAIN. Only "PublicOutcome" is read.
 */
export function outcomeKeysQuery(
  filters: OutcomeFilters,
  { after, limit, searchWindow = OUTCOME_SEARCH_WINDOW }: { after?: number; limit: number; searchWindow?: number },
): OutcomeKeysQuery {
  const where = conditions(filters, after);
  const search = filters.q ? searchQuery(filters.q) : null;
  const order = Prisma.sql`ORDER BY o."seq" DESC LIMIT ${limit + 1}`;
  if (!search) return { plain: Prisma.sql`SELECT o."id", o."seq" FROM "PublicOutcome" o ${whereClause(where)} ${order}` };

  // A scalar subquery: the words are parsed once per query, not once per row.
  const match = Prisma.sql`o."searchVector" @@ (SELECT sajam_search_query(${search}))`;
  const candidates = Prisma.sql`SELECT o."id", o."seq", o."searchVector" FROM "PublicOutcome" o ${whereClause(where)} ORDER BY o."seq" DESC LIMIT ${searchWindow}`;
  return {
    recent: Prisma.sql`SELECT o."id", o."seq" FROM (${candidates}) o WHERE ${match} ${order}`,
    windowSize: Prisma.sql`SELECT count(*)::int AS n FROM (${candidates}) w`,
    // OFFSET 0 keeps the planner from walking seq backwards through every row: the GIN index finds the matches, then they are sorted.
    indexed: Prisma.sql`SELECT o."id", o."seq" FROM (SELECT o."id", o."seq" FROM "PublicOutcome" o ${whereClause([...where, match])} OFFSET 0) o ${order}`,
  };
}

export type OutcomeKey = { id: string; seq: number };

/**
 * One keyset page of outcome keys: at most `limit` of them, and whether more follow. A search reads the
 * newest candidates first, which is exact whenever that fills the page or the window held every
 * candidate; otherwise it asks the full-text index.
 */
export async function findOutcomeKeys(
  filters: OutcomeFilters,
  { after, limit, searchWindow = OUTCOME_SEARCH_WINDOW }: { after?: number; limit: number; searchWindow?: number },
): Promise<{ keys: OutcomeKey[]; more: boolean }> {
  const db = await getDb();
  const query = outcomeKeysQuery(filters, { after, limit, searchWindow });
  let rows: OutcomeKey[];
  if ('plain' in query) rows = await db.$queryRaw<OutcomeKey[]>(query.plain);
  else {
    rows = await db.$queryRaw<OutcomeKey[]>(query.recent);
    if (rows.length <= limit) {
      const [{ n }] = await db.$queryRaw<[{ n: number }]>(query.windowSize);
      if (n >= searchWindow) rows = await db.$queryRaw<OutcomeKey[]>(query.indexed);
    }
  }
  return { keys: rows.slice(0, limit).map((r) => ({ id: r.id, seq: Number(r.seq) })), more: rows.length > limit };
}
