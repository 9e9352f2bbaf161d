import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { topicFieldsSelect } from './topic-input';
import { topicPhase } from './topic-window';
import { topicScope } from './topic-scope';

/**
 * The topics a manager may edit (lib/topics/topic-scope.ts), newest window first, each with its phase at
 * `now` (open, upcoming, ended, inactive), its province (null: national) and how many reports name it:
 * every report filed under it, whatever its state — the per-topic figure the statistics (issue #16) read.
 * FORBIDDEN without 'topic:manage'.
 */
export async function listTopicsForManager({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const { where } = topicScope(actor);
  const db = await getDb();
  const topics = await db.topic.findMany({
    where,
    orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      slug: true,
      title: true,
      titleEn: true,
      active: true,
      startsAt: true,
      endsAt: true,
      province: { select: { id: true, name: true, nameEn: true } },
      _count: { select: { reports: true } },
    },
  });
  return topics.map(({ _count, ...t }) => ({ ...t, reports: _count.reports, phase: topicPhase(t, now) }));
}

/** One topic for its edit page: the form's values. NOT_FOUND when absent or out of scope; FORBIDDEN without 'topic:manage'. */
export async function getTopicForManager({ actor, topicId }: { actor: Actor; topicId: number }) {
  const { where } = topicScope(actor);
  const db = await getDb();
  const topic = await db.topic.findFirst({
    where: { AND: [{ id: topicId }, where] },
    select: { id: true, ...topicFieldsSelect, _count: { select: { reports: true } } },
  });
  if (!topic) throw new AppError('NOT_FOUND');
  return topic;
}
