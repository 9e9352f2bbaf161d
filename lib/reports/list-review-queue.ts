import 'server-only';
import { reportScope, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import type { Prisma, ReportStatus } from '@/lib/generated/prisma/client';
import { transitions } from '@/lib/workflow/transitions';
import { decodeCursor, encodeCursor, type QueueFilters } from './queue-filters';

export type QueueItem = {
  id: string;
  kind: string;
  status: ReportStatus;
  category: { name: string; nameEn: string };
  province: { name: string; nameEn: string };
  excerpt: string;
  submittedAt: Date;
  overdue: boolean;
};

/** The states in which this actor's roles have a move to make: their work queue. */
export function queueStatuses(actor: Actor): ReportStatus[] {
  return [...new Set(transitions.filter((t) => t.by !== 'REPORTER' && actor.roles.includes(t.by)).map((t) => t.from))];
}

const defaultFilters: QueueFilters = { status: 'queue', overdue: false };

/**
 * Reports in this actor's scope, newest first, filtered, one keyset page at a time (no OFFSET: page 500
 * costs what page 1 costs). Reports the actor submitted are never in their own queue.
 */
export async function listReviewQueue(actor: Actor, filters: QueueFilters = defaultFilters, { limit = 25, now = new Date() } = {}) {
  const statuses = filters.status === 'queue' ? queueStatuses(actor) : filters.status === 'all' ? undefined : [filters.status];
  if (statuses?.length === 0) return { items: [] as QueueItem[], nextCursor: null };
  const cursor = decodeCursor(filters.after);
  const where: Prisma.ReportWhereInput[] = [reportScope(actor), { OR: [{ submitterId: null }, { submitterId: { not: actor.id } }] }];
  if (statuses) where.push({ status: { in: statuses } });
  if (filters.categoryId) where.push({ categoryId: filters.categoryId });
  if (filters.provinceId) where.push({ provinceId: filters.provinceId });
  if (filters.topicId) where.push({ topicId: filters.topicId });
  if (filters.overdue) where.push({ stageDeadlineAt: { lt: now } });
  if (filters.q) where.push({ OR: [{ description: { contains: filters.q, mode: 'insensitive' } }, { placeDescription: { contains: filters.q, mode: 'insensitive' } }] });
  if (cursor) where.push({ OR: [{ submittedAt: { lt: cursor.submittedAt } }, { submittedAt: cursor.submittedAt, id: { lt: cursor.id } }] });

  const db = await getDb();
  const rows = await db.report.findMany({
    where: { AND: where },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: {
      id: true,
      kind: true,
      status: true,
      description: true,
      submittedAt: true,
      stageDeadlineAt: true,
      category: { select: { name: true, nameEn: true } },
      province: { select: { name: true, nameEn: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ description, stageDeadlineAt, ...r }): QueueItem => ({
      ...r,
      excerpt: description.length > 140 ? `${description.slice(0, 140)}…` : description,
      overdue: stageDeadlineAt !== null && stageDeadlineAt < now,
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
