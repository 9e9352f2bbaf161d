import 'server-only';
import type { Actor } from '@/lib/authz';
import { reportScopeSql } from '@/lib/authz/report-scope-sql';
import { getDb } from '@/lib/db/client';
import { Prisma, type ReportKind, type ReportStatus } from '@/lib/generated/prisma/client';
import { ESCALATES_TO, REVIEW_STAGES, transitions } from '@/lib/workflow/transitions';
import { decodeCursor, encodeCursor, searchQuery, type QueueFilters } from './queue-filters';

export type QueueItem = {
  id: string;
  kind: ReportKind;
  status: ReportStatus;
  category: { name: string; nameEn: string };
  province: { name: string; nameEn: string };
  excerpt: string;
  submittedAt: Date;
  overdue: boolean;
  escalated: boolean;
};

/** The states in which this actor's roles have a move to make: their work queue. */
export function queueStatuses(actor: Actor): ReportStatus[] {
  return [...new Set(transitions.filter((t) => t.by !== 'REPORTER' && actor.roles.includes(t.by)).map((t) => t.from))];
}

/** Review stages escalated to one of this actor's roles: in their queue only once escalated. */
export function escalatedStatuses(actor: Actor): ReportStatus[] {
  return REVIEW_STAGES.filter((stage) => {
    const role = ESCALATES_TO[stage];
    return role !== undefined && actor.roles.includes(role);
  });
}

const defaultFilters: QueueFilters = { status: 'queue', overdue: false };

type Row = {
  id: string;
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
};

function statusCondition(actor: Actor, filters: QueueFilters): Prisma.Sql | null {
  if (filters.status === 'all') return Prisma.sql`TRUE`;
  if (filters.status !== 'queue') return Prisma.sql`r."status" = ${filters.status}::"ReportStatus"`;
  const own = queueStatuses(actor);
  const escalated = escalatedStatuses(actor);
  const any: Prisma.Sql[] = [];
  if (own.length) any.push(Prisma.sql`r."status" IN (${Prisma.join(own.map((s) => Prisma.sql`${s}::"ReportStatus"`))})`);
  if (escalated.length) any.push(Prisma.sql`(r."escalatedAt" IS NOT NULL AND r."status" IN (${Prisma.join(escalated.map((s) => Prisma.sql`${s}::"ReportStatus"`))}))`);
  return any.length ? Prisma.sql`(${Prisma.join(any, ' OR ')})` : null;
}

/**
 * Reports in this actor's scope, newest first, filtered, one keyset page at a time (no OFFSET: page 500
 * costs what page 1 costs). Search is PostgreSQL full-text over the description and place, with prefix
 * matching. Reports the actor submitted are never in their own queue.
 */
export async function listReviewQueue(actor: Actor, filters: QueueFilters = defaultFilters, { limit = 25, now = new Date() } = {}) {
  const status = statusCondition(actor, filters);
  if (!status) return { items: [] as QueueItem[], nextCursor: null };
  const cursor = decodeCursor(filters.after);
  const where: Prisma.Sql[] = [reportScopeSql(actor), Prisma.sql`r."submitterId" IS DISTINCT FROM ${actor.id}::uuid`, status];
  if (filters.categoryId) where.push(Prisma.sql`r."categoryId" = ${filters.categoryId}`);
  if (filters.provinceId) where.push(Prisma.sql`r."provinceId" = ${filters.provinceId}`);
  if (filters.topicId) where.push(Prisma.sql`r."topicId" = ${filters.topicId}`);
  if (filters.overdue) where.push(Prisma.sql`r."stageDeadlineAt" < ${now}`);
  const search = filters.q ? searchQuery(filters.q) : null;
  if (search) where.push(Prisma.sql`sajam_report_search(r."description", r."placeDescription") @@ to_tsquery('simple', ${search})`);
  if (cursor) where.push(Prisma.sql`(r."submittedAt", r."id") < (${cursor.submittedAt}, ${cursor.id}::uuid)`);

  const db = await getDb();
  const rows = await db.$queryRaw<Row[]>`
    SELECT r."id", r."kind", r."status", left(r."description", 141) AS "description", r."submittedAt", r."stageDeadlineAt", r."escalatedAt",
           c."name" AS "categoryName", c."nameEn" AS "categoryNameEn", p."name" AS "provinceName", p."nameEn" AS "provinceNameEn"
    FROM "Report" r
    JOIN "Category" c ON c."id" = r."categoryId"
    JOIN "Province" p ON p."id" = r."provinceId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY r."submittedAt" DESC, r."id" DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r): QueueItem => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      category: { name: r.categoryName, nameEn: r.categoryNameEn },
      province: { name: r.provinceName, nameEn: r.provinceNameEn },
      excerpt: r.description.length > 140 ? `${r.description.slice(0, 140)}…` : r.description,
      submittedAt: r.submittedAt,
      overdue: r.stageDeadlineAt !== null && r.stageDeadlineAt < now,
      escalated: r.escalatedAt !== null,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/** A member's own reports, newest first. */
export async function listOwnReports(actor: Actor, { limit = 50 } = {}) {
  const db = await getDb();
  return db.report.findMany({
    where: { submitterId: actor.id },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, kind: true, status: true, submittedAt: true, category: { select: { name: true, nameEn: true } } },
  });
}
