import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import type { TrainingGroupKind } from '@/lib/generated/prisma/client';
import { isApprovedTrainer } from '@/lib/training/training-access';
import { GROUP_AUDIENCES } from './create-group';

export type NewGroupOptions = {
  /** The kinds the actor may create: MEMBERS for a provincial trainer, TRAINERS for the national office. */
  kinds: TrainingGroupKind[];
  /** A provincial trainer not yet approved (no valid trainers' certificate): the page explains instead of offering MEMBERS. */
  notApproved: boolean;
  courses: Record<TrainingGroupKind, { id: string; title: string }[]>;
  /** National trainers (TRAINER, no province, active) for the national office's TRAINERS groups. */
  nationalTrainers: { id: string; name: string }[];
};

/**
 * What the "new group" form offers the actor: the kinds they may create (create-group.ts checks the same again), the
 * published courses of each kind's audience by their current title, and the national trainers to choose a runner from.
 */
export async function getNewGroupOptions({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<NewGroupOptions> {
  const db = await getDb();
  const trainerHere = actor.roles.includes('TRAINER') && actor.provinceId !== null;
  const approved = trainerHere && (await isApprovedTrainer(db, actor.id, now));
  const kinds: TrainingGroupKind[] = [];
  if (approved) kinds.push('MEMBERS');
  if (actor.roles.includes('NATIONAL_OFFICE')) kinds.push('TRAINERS');
  const coursesOf = async (kind: TrainingGroupKind) => {
    if (!kinds.includes(kind)) return [];
    const courses = await db.course.findMany({
      where: { audience: { in: [...GROUP_AUDIENCES[kind]] }, versions: { some: { publishedAt: { not: null } } } },
      select: { id: true, versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { title: true } } },
    });
    return courses.map((c) => ({ id: c.id, title: c.versions[0]!.title }));
  };
  const [members, trainers] = await Promise.all([coursesOf('MEMBERS'), coursesOf('TRAINERS')]);
  const nationalTrainers = kinds.includes('TRAINERS')
    ? await db.user.findMany({
        where: { roles: { has: 'TRAINER' }, provinceId: null, status: 'ACTIVE' },
        orderBy: { name: 'asc' },
        select: { id: true, name: true },
      })
    : [];
  return { kinds, notApproved: trainerHere && !approved, courses: { MEMBERS: members, TRAINERS: trainers }, nationalTrainers };
}
