import 'server-only';
import { reportScope, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import type { ReportStatus } from '@/lib/generated/prisma/client';
import { transitions } from '@/lib/workflow/transitions';

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

/** Reports waiting for this actor, newest first, within their scope. */
export async function listReviewQueue(actor: Actor, { limit = 50, now = new Date() } = {}): Promise<QueueItem[]> {
  const statuses = queueStatuses(actor);
  if (statuses.length === 0) return [];
  const db = await getDb();
  const rows = await db.report.findMany({
    where: { AND: [reportScope(actor), { status: { in: statuses } }, { OR: [{ submitterId: null }, { submitterId: { not: actor.id } }] }] },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: limit,
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
  return rows.map(({ description, stageDeadlineAt, ...r }) => ({
    ...r,
    excerpt: description.length > 140 ? `${description.slice(0, 140)}…` : description,
    overdue: stageDeadlineAt !== null && stageDeadlineAt < now,
  }));
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
