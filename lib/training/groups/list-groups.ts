import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import type { TrainingGroupKind } from '@/lib/generated/prisma/client';
import { managedGroupWhere } from '@/lib/training/training-access';
import { visibleGroupWhere } from '@/lib/training/training-access';

export type GroupListItem = {
  id: string;
  name: string;
  kind: TrainingGroupKind;
  /** manager: the actor runs or oversees it; learner: the actor is one of its learners. */
  as: 'manager' | 'learner';
  courseTitle: string;
  trainerName: string;
  province: { name: string; nameEn: string } | null;
  workshopGroup: number | null;
  learners: number;
  sessions: number;
  /** The next session's start, when one is still to come. */
  nextSessionAt: Date | null;
  createdAt: Date;
};

/** At most this many groups are listed (newest first): a trainer runs a handful, a province a few dozen. */
const LIST_LIMIT = 300;

/**
 * The groups the actor reaches, newest first, with counts: as runner or overseer (training-access.ts
 * managedGroupWhere: a trainer their own, province staff their province's, the national office all) and as a
 * learner (the groups they are in). A group the actor both manages and learns in is listed once, as manager.
 */
export async function listGroups({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<GroupListItem[]> {
  const db = await getDb();
  const [groups, managed] = await Promise.all([
    db.trainingGroup.findMany({
      where: visibleGroupWhere(actor),
      orderBy: { createdAt: 'desc' },
      take: LIST_LIMIT,
      select: {
        id: true,
        name: true,
        kind: true,
        workshopGroup: true,
        createdAt: true,
        trainer: { select: { name: true } },
        province: { select: { name: true, nameEn: true } },
        course: { select: { versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { title: true } } } },
        sessions: { where: { startsAt: { gte: now } }, orderBy: { startsAt: 'asc' }, take: 1, select: { startsAt: true } },
        _count: { select: { members: true, sessions: true } },
      },
    }),
    db.trainingGroup.findMany({ where: managedGroupWhere(actor), select: { id: true }, orderBy: { createdAt: 'desc' }, take: LIST_LIMIT }),
  ]);
  const managedIds = new Set(managed.map((g) => g.id));
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    kind: g.kind,
    as: managedIds.has(g.id) ? 'manager' : 'learner',
    courseTitle: g.course.versions[0]?.title ?? '',
    trainerName: g.trainer.name,
    province: g.province,
    workshopGroup: g.workshopGroup,
    learners: g._count.members,
    sessions: g._count.sessions,
    nextSessionAt: g.sessions[0]?.startsAt ?? null,
    createdAt: g.createdAt,
  }));
}
