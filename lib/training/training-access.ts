import 'server-only';
// Who reaches what in training (issue #18): the one place the rules are written. Every training use case loads
// through these filters, so an object out of reach is NOT_FOUND the same way an absent one is.
//   - Courses: a learner sees the published courses of their audience (members: MEMBER; core heads: CORE_HEAD and
//     MEMBER; trainers: every audience, to teach them); editors (course-edit-access.ts) their drafts.
//   - Groups: a trainer their own groups (trainerId); province staff their province's member groups; the national office
//     all; a learner the groups they belong to.
//   - A learner's progress: themself; the trainer of a group they are in (for that group's course); province staff when
//     the learner's account is in their province; the national office everyone.
// A provincial trainer runs member groups once approved: approval is holding a valid certificate of a trainers'
// course (audience TRAINER) and none revoked that would still run — derived, not a flag, so a revoked or expired
// certificate withdraws it at once: no new group, no change to the groups they had (runGroupWhere), no course written
// (mayWriteCourses). Only the national office and national trainers write trainers' courses (mayWriteAudience), so
// nobody approves themselves with a course of their own.
import { can, type Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import type { CourseAudience, Prisma } from '@/lib/generated/prisma/client';

type Db = Prisma.TransactionClient;

/** Whoever learns, oversees or writes courses opens /training (the rest get the 403 page). */
export function mayOpenTraining(actor: Actor): boolean {
  return can(actor, 'training:learn') || can(actor, 'training:oversee') || can(actor, 'course:edit');
}

/** The audiences whose courses an actor may take. */
export function learnerAudiences(actor: Actor): CourseAudience[] {
  const out = new Set<CourseAudience>();
  if (actor.roles.includes('MEMBER')) out.add('MEMBER');
  if (actor.roles.includes('CORE_HEAD')) for (const a of ['CORE_HEAD', 'MEMBER'] as const) out.add(a);
  if (actor.roles.includes('TRAINER')) for (const a of ['TRAINER', 'CORE_HEAD', 'MEMBER'] as const) out.add(a);
  return [...out];
}

/** Staff who oversee training read every published course (to follow learners and groups). */
export function readsEveryCourse(actor: Actor): boolean {
  return actor.roles.includes('NATIONAL_OFFICE') || actor.roles.includes('PROVINCE_STAFF');
}

/** The audiences whose published courses the actor may open. */
export function readableAudiences(actor: Actor): CourseAudience[] {
  return readsEveryCourse(actor) ? ['MEMBER', 'CORE_HEAD', 'TRAINER'] : learnerAudiences(actor);
}

/** Prisma filter: the groups the actor reaches as their runner or overseer (not as a learner). */
export function managedGroupWhere(actor: Actor): Prisma.TrainingGroupWhereInput {
  const any: Prisma.TrainingGroupWhereInput[] = [];
  if (actor.roles.includes('NATIONAL_OFFICE')) return {};
  if (actor.roles.includes('TRAINER')) any.push({ trainerId: actor.id });
  if (actor.roles.includes('PROVINCE_STAFF') && actor.provinceId !== null) any.push({ provinceId: actor.provinceId });
  return any.length ? { OR: any } : { id: { in: [] } };
}

/**
 * Prisma filter: the groups the actor reaches at all (runs, oversees, or learns in). An empty filter inside `OR`
 * matches nothing in Prisma (not everything), so an actor who manages every group gets `{}` itself.
 */
export function visibleGroupWhere(actor: Actor): Prisma.TrainingGroupWhereInput {
  const managed = managedGroupWhere(actor);
  if (Object.keys(managed).length === 0) return {};
  return { OR: [managed, { members: { some: { userId: actor.id } } }] };
}

/**
 * Prisma filter: enrollments of learners in a group the trainer runs, in a course one of their groups teaches — also
 * when the learner started it alone or in another group first (an open enrollment is kept; enroll-in-course.ts). It
 * cannot tie the group to the course row by row: a learner in the trainer's group for course X shows in course Y when
 * the trainer also runs a group for Y; callers narrow to one group's learners and course (get-group.ts).
 */
function trainerLearnerWhere(actor: Actor): Prisma.EnrollmentWhereInput {
  return {
    OR: [
      { group: { is: { trainerId: actor.id } } },
      { user: { groupsJoined: { some: { group: { trainerId: actor.id } } } }, course: { groups: { some: { trainerId: actor.id } } } },
    ],
  };
}

/**
 * Prisma filter: the users approved as trainers at `now` — holding a certificate of a trainers' course that is neither
 * revoked nor expired, and no revoked one of any trainers' course that would still run (a revocation outweighs
 * another trainers' certificate held or earned: revocation-bar.ts).
 */
export function approvedTrainerWhere(now: Date): Prisma.UserWhereInput {
  const trainers = { course: { audience: 'TRAINER' as const } };
  return {
    certificates: {
      some: { revokedAt: null, expiresAt: { gt: now }, version: trainers },
      none: { revokedAt: { not: null }, expiresAt: { gt: now }, version: trainers },
    },
  };
}

/**
 * Prisma filter: the groups whose content the actor changes (members, sessions, announcements, attendance, moderation,
 * attempts). A trainer runs their own groups — a members' group only while approved at `now` (a revoked or expired
 * trainers' certificate leaves the group readable to them but no longer theirs to change); the national office any.
 */
export function runGroupWhere(actor: Actor, now: Date = new Date()): Prisma.TrainingGroupWhereInput {
  if (actor.roles.includes('NATIONAL_OFFICE')) return {};
  if (actor.roles.includes('TRAINER')) return { trainerId: actor.id, OR: [{ kind: 'TRAINERS' }, { trainer: approvedTrainerWhere(now) }] };
  return { id: { in: [] } };
}

/** Prisma filter: the enrollments whose progress the actor may read (see the header). */
export function progressWhere(actor: Actor): Prisma.EnrollmentWhereInput {
  if (actor.roles.includes('NATIONAL_OFFICE')) return {};
  const any: Prisma.EnrollmentWhereInput[] = [{ userId: actor.id }];
  if (actor.roles.includes('TRAINER')) any.push(trainerLearnerWhere(actor));
  if (actor.roles.includes('PROVINCE_STAFF') && actor.provinceId !== null) any.push({ user: { provinceId: actor.provinceId } });
  return { OR: any };
}

/**
 * Whether the actor may top up the quiz attempts of `enrollment` (grant-attempts.ts): the national office any; a trainer
 * when they run (runGroupWhere, so approved) a group of that very course with that learner in it — not merely a group
 * of another course the learner is in.
 */
export async function mayGrantAttempts(db: Db, actor: Actor, enrollment: { userId: string; courseId: string }, now: Date): Promise<boolean> {
  if (actor.roles.includes('NATIONAL_OFFICE')) return true;
  if (!actor.roles.includes('TRAINER')) return false;
  const groups = await db.trainingGroup.count({
    where: { AND: [runGroupWhere(actor, now), { courseId: enrollment.courseId, members: { some: { userId: enrollment.userId } } }] },
  });
  return groups > 0;
}

/** True when the user is an approved trainer at `now` (approvedTrainerWhere). */
export async function isApprovedTrainer(db: Db, userId: string, now: Date): Promise<boolean> {
  return (await db.user.count({ where: { id: userId, ...approvedTrainerWhere(now) } })) > 0;
}

/**
 * Whether the actor may write courses now (create, edit, publish, add or remove files; which course is
 * course-edit-access.ts): the national office; a national trainer (no province: appointed by the national office, they
 * train the trainers); a provincial trainer while approved (isApprovedTrainer) — a revoked trainer writes no more
 * courses for every member of the country to take.
 */
export async function mayWriteCourses(db: Db, actor: Actor, now: Date): Promise<boolean> {
  if (!can(actor, 'course:edit')) return false;
  if (actor.roles.includes('NATIONAL_OFFICE')) return true;
  if (actor.provinceId === null) return true;
  return isApprovedTrainer(db, actor.id, now);
}

/**
 * Whether the actor may write a course for `audience`: a trainers' course only the national office or a national
 * trainer (no province) — passing one approves a provincial trainer to run groups and write courses, so a provincial
 * trainer who wrote one would approve themselves (and, revoked, approve themselves again).
 */
export function mayWriteAudience(actor: Actor, audience: CourseAudience): boolean {
  return audience !== 'TRAINER' || actor.roles.includes('NATIONAL_OFFICE') || actor.provinceId === null;
}

/** The error for a trainer who may not write courses now: FORBIDDEN, explained next to the form's `field`. */
export const notApprovedToWrite = (field = 'title') =>
  new AppError('FORBIDDEN', 'trainer not approved to write courses', { fieldErrors: { [field]: ['notApprovedToWrite'] } });
