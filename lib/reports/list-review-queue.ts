import 'server-only';
import type { Actor } from '@/lib/authz';
import { scopeSql } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { Prisma, type ReportKind, type ReportStatus } from '@/lib/generated/prisma/client';
import { ESCALATES_TO, REVIEW_STAGES, transitions } from '@/lib/workflow/transitions';
import { parseCaseNumber } from './case-number';
import { decodeCursor, encodeCursor, searchQuery, type Cursor, type QueueFilters } from './queue-filters';

export type QueueItem = {
  id: string;
  caseNumber: string | null;
  kind: ReportKind;
  status: ReportStatus;
  category: { name: string; nameEn: string };
  province: { name: string; nameEn: string };
  county: { name: string; nameEn: string } | null;
  placeDescription: string | null;
  excerpt: string;
  submittedAt: Date;
  /** The current stage's deadline; null once the case has left review. */
  deadline: Date | null;
  overdue: boolean;
  escalated: boolean;
  assignee: { id: string; name: string } | null;
};

/**
 * The states in which this actor's roles have a move to make: their work queue. Adding an agency to a
 * case already with agencies is possible but not work waiting: those states stay out of the queue (the
 * national office follows referrals on its referrals page, lib/agencies/list-referrals.ts), except
 * RESPONDED — every agency has answered, and the answers wait to be evaluated. Unpublishing is possible
 * on every published case and never work waiting (issue #16): PUBLISHED stays out too.
 */
export function queueStatuses(actor: Actor): ReportStatus[] {
  const moves = transitions.filter(
    (t) =>
      t.by !== 'REPORTER' &&
      t.by !== 'SYSTEM' &&
      actor.roles.includes(t.by) &&
      !(t.action === 'refer' && t.from !== 'APPROVED' && t.from !== 'RESPONDED') &&
      t.action !== 'unpublish',
  );
  return [...new Set(moves.map((t) => t.from))];
}

/** Review stages escalated to one of this actor's roles: in their queue only once escalated. */
export function escalatedStatuses(actor: Actor): ReportStatus[] {
  return REVIEW_STAGES.filter((stage) => {
    const role = ESCALATES_TO[stage];
    return role !== undefined && actor.roles.includes(role);
  });
}

const defaultFilters: QueueFilters = { status: 'queue', overdue: false, order: 'deadline' };

type Row = {
  id: string;
  caseNumber: string | null;
  kind: ReportKind;
  status: ReportStatus;
  description: string;
  submittedAt: Date;
  stageDeadlineAt: Date | null;
  escalatedAt: Date | null;
  categoryName: string;
  categoryNameEn: string;
  provinceName: string;
  provinceNameEn: string;
  countyName: string | null;
  countyNameEn: string | null;
  placeDescription: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
};

function statusCondition(actor: Actor, filters: QueueFilters): Prisma.Sql | null {
  if (filters.status === 'all') return Prisma.sql`TRUE`;
  if (filters.status !== 'queue') return Prisma.sql`r."status" = ${filters.status}::"ReportStatus"`;
  const own = queueStatuses(actor);
  const escalated = escalatedStatuses(actor);
  const any: Prisma.Sql[] = [];
  if (own.length) any.push(Prisma.sql`r."status" IN (${Prisma.join(own.map((s) => Prisma.sql`${s}::"ReportStatus"`))})`);
  if (escalated.length)
    any.push(Prisma.sql`(r."escalatedAt" IS NOT NULL AND r."status" IN (${Prisma.join(escalated.map((s) => Prisma.sql`${s}::"ReportStatus"`))}))`);
  return any.length ? Prisma.sql`(${Prisma.join(any, ' OR ')})` : null;
}

/** How many of the newest candidates a search reads before it turns to the full-text index. */
export const SEARCH_WINDOW = 2000;

const columns = Prisma.sql`r."id", r."caseNumber", r."kind", r."status", r."description", r."placeDescription", r."submittedAt", r."stageDeadlineAt", r."escalatedAt",
  r."categoryId", r."provinceId", r."countyId", r."assigneeId", r."searchVector"`;

type Order = QueueFilters['order'];

/**
 * Each order, and the keyset condition that continues it after a cursor. By deadline, cases with no
 * deadline (they have left review) come last; an escalated case is always past its deadline, so it leads.
 */
const ORDERS: Record<Order, { by: Prisma.Sql; key: (r: Row) => Date | null; after: (c: Cursor) => Prisma.Sql }> = {
  deadline: {
    by: Prisma.sql`ORDER BY r."stageDeadlineAt" ASC NULLS LAST, r."id" ASC`,
    key: (r) => r.stageDeadlineAt,
    after: (c) =>
      c.key
        ? Prisma.sql`(r."stageDeadlineAt" IS NULL OR (r."stageDeadlineAt", r."id") > (${c.key}, ${c.id}::uuid))`
        : Prisma.sql`(r."stageDeadlineAt" IS NULL AND r."id" > ${c.id}::uuid)`,
  },
  newest: {
    by: Prisma.sql`ORDER BY r."submittedAt" DESC, r."id" DESC`,
    key: (r) => r.submittedAt,
    after: (c) => Prisma.sql`(r."submittedAt", r."id") < (${c.key}, ${c.id}::uuid)`,
  },
  oldest: {
    by: Prisma.sql`ORDER BY r."submittedAt" ASC, r."id" ASC`,
    key: (r) => r.submittedAt,
    after: (c) => Prisma.sql`(r."submittedAt", r."id") > (${c.key}, ${c.id}::uuid)`,
  },
};

function page(from: Prisma.Sql, where: Prisma.Sql[], limit: number, order: Order): Prisma.Sql {
  return Prisma.sql`
    SELECT r."id", r."caseNumber", r."kind", r."status", left(r."description", 141) AS "description", r."placeDescription", r."submittedAt",
           r."stageDeadlineAt", r."escalatedAt", r."assigneeId",
           c."name" AS "categoryName", c."nameEn" AS "categoryNameEn", p."name" AS "provinceName", p."nameEn" AS "provinceNameEn",
           co."name" AS "countyName", co."nameEn" AS "countyNameEn", u."name" AS "assigneeName"
    FROM ${from}
    JOIN "Category" c ON c."id" = r."categoryId"
    JOIN "Province" p ON p."id" = r."provinceId"
    LEFT JOIN "County" co ON co."id" = r."countyId"
    LEFT JOIN "User" u ON u."id" = r."assigneeId"
    ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
    ${ORDERS[order].by}
    LIMIT ${limit + 1}`;
}

/**
 * The queue as SQL (exported for the benchmark's EXPLAIN); null when nothing can match.
 *
 * Without a search it is one statement. A search has two plans, because PostgreSQL cannot both rank by
 * date and use the full-text index, and guesses badly between them for prefix queries: `recent` reads
 * the newest SEARCH_WINDOW candidates (by the date index) and keeps the matches, which is exact
 * whenever it fills a page or the window held every candidate; otherwise `indexed` finds all matches
 * through the GIN index, which is then cheap because the words are rare among recent reports.
 */
export type QueueQuery = { plain: Prisma.Sql } | { recent: Prisma.Sql; windowSize: Prisma.Sql; indexed: Prisma.Sql };

export function queueQuery(
  actor: Actor,
  filters: QueueFilters,
  { limit, now, searchWindow = SEARCH_WINDOW }: { limit: number; now: Date; searchWindow?: number },
): QueueQuery | null {
  const status = statusCondition(actor, filters);
  if (!status) return null;
  const cursor = decodeCursor(filters.after);
  const caseNumber = filters.q ? parseCaseNumber(filters.q) : null;
  // A search by words reads the newest candidates first (below), so its results are always newest first.
  const order: Order = filters.q && !caseNumber ? 'newest' : filters.order;
  const where: Prisma.Sql[] = [scopeSql(actor, 'report'), Prisma.sql`r."submitterId" IS DISTINCT FROM ${actor.id}::uuid`, status];
  if (filters.categoryId) where.push(Prisma.sql`r."categoryId" = ${filters.categoryId}`);
  if (filters.provinceId) where.push(Prisma.sql`r."provinceId" = ${filters.provinceId}`);
  if (filters.topicId) where.push(Prisma.sql`r."topicId" = ${filters.topicId}`);
  if (filters.overdue) where.push(Prisma.sql`r."stageDeadlineAt" < ${now}`);
  if (filters.assigned === 'mine') where.push(Prisma.sql`r."assigneeId" = ${actor.id}::uuid`);
  if (filters.assigned === 'unassigned') where.push(Prisma.sql`r."assigneeId" IS NULL`);
  if (cursor) where.push(ORDERS[order].after(cursor));
  // A case number finds that one case (in scope): it is not a word to look for.
  if (caseNumber) where.push(Prisma.sql`r."caseNumber" = ${caseNumber}`);
  const search = filters.q && !caseNumber ? searchQuery(filters.q) : null;
  if (!search) return { plain: page(Prisma.sql`"Report" r`, where, limit, order) };

  // A scalar subquery: the words are parsed once per query, not once per row.
  const match = Prisma.sql`r."searchVector" @@ (SELECT sajam_search_query(${search}))`;
  const candidates = Prisma.sql`SELECT ${columns} FROM "Report" r WHERE ${Prisma.join(where, ' AND ')} ${ORDERS.newest.by} LIMIT ${searchWindow}`;
  return {
    recent: page(Prisma.sql`(${candidates}) r`, [match], limit, order),
    windowSize: Prisma.sql`SELECT count(*)::int AS n FROM (${candidates}) w`,
    indexed: page(Prisma.sql`(SELECT ${columns} FROM "Report" r WHERE ${Prisma.join([...where, match], ' AND ')} OFFSET 0) r`, [], limit, order),
  };
}

async function runQueueQuery(query: QueueQuery, limit: number, searchWindow: number): Promise<Row[]> {
  const db = await getDb();
  if ('plain' in query) return db.$queryRaw<Row[]>(query.plain);
  const recent = await db.$queryRaw<Row[]>(query.recent);
  if (recent.length > limit) return recent;
  const [{ n }] = await db.$queryRaw<[{ n: number }]>(query.windowSize);
  return n < searchWindow ? recent : db.$queryRaw<Row[]>(query.indexed);
}

export type ListReviewQueueOptions = {
  actor: Actor;
  /** As parsed by queueFiltersSchema; the actor's own queue when omitted. */
  filters?: QueueFilters;
  /** Page size. */
  limit?: number;
  now?: Date;
  searchWindow?: number;
};

/**
 * Reports in this actor's scope, by deadline (or newest / oldest first), filtered, one keyset page at a time (no OFFSET: page 500
 * costs what page 1 costs). Search is PostgreSQL full-text over the description and place, with prefix
 * matching. Reports the actor submitted are never in their own queue.
 */
export async function listReviewQueue({ actor, filters = defaultFilters, limit = 25, now = new Date(), searchWindow = SEARCH_WINDOW }: ListReviewQueueOptions) {
  const query = queueQuery(actor, filters, { limit, now, searchWindow });
  if (!query) return { items: [] as QueueItem[], nextCursor: null };
  const order: Order = filters.q && !parseCaseNumber(filters.q) ? 'newest' : filters.order;
  const rows = await runQueueQuery(query, limit, searchWindow);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r): QueueItem => ({
      id: r.id,
      caseNumber: r.caseNumber,
      kind: r.kind,
      status: r.status,
      category: { name: r.categoryName, nameEn: r.categoryNameEn },
      province: { name: r.provinceName, nameEn: r.provinceNameEn },
      county: r.countyName !== null ? { name: r.countyName, nameEn: r.countyNameEn ?? r.countyName } : null,
      placeDescription: r.placeDescription,
      excerpt: r.description.length > 140 ? `${r.description.slice(0, 140)}…` : r.description,
      submittedAt: r.submittedAt,
      deadline: r.stageDeadlineAt,
      overdue: r.stageDeadlineAt !== null && r.stageDeadlineAt < now,
      escalated: r.escalatedAt !== null,
      assignee: r.assigneeId && r.assigneeName !== null ? { id: r.assigneeId, name: r.assigneeName } : null,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ key: ORDERS[order].key(last), id: last.id }) : null,
  };
}

/** A member's own reports, newest first. */
export async function listOwnReports({ actor, limit = 50 }: { actor: Actor; limit?: number }) {
  const db = await getDb();
  return db.report.findMany({
    where: { submitterId: actor.id },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, kind: true, status: true, submittedAt: true, category: { select: { name: true, nameEn: true } } },
  });
}
