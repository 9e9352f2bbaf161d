import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { TrainingGroupKind } from '@/lib/generated/prisma/client';
import { managedGroupWhere, progressWhere, runGroupWhere } from '@/lib/training/training-access';
import { visibleGroupWhere } from '@/lib/training/training-access';

/** A learner's progress in the group's course, from their latest enrollment through this group. */
export type LearnerProgress = {
  /** Set while the enrollment is open and every attempt is used: the runner may grant one more (grant-attempts.ts). */
  outOfAttempts: string | null;
  lessonsDone: number;
  lessonsTotal: number;
  attempts: number;
  /** Percent (0–100) of the last submitted attempt; null before any. */
  lastScore: number | null;
  passed: boolean;
  completedAt: Date | null;
  certificateExpiresAt: Date | null;
  certificateRevoked: boolean;
};

type Common = {
  id: string;
  name: string;
  kind: TrainingGroupKind;
  courseTitle: string;
  trainerName: string;
  province: { name: string; nameEn: string } | null;
  workshopGroup: number | null;
  announcements: { id: string; body: string; createdAt: Date; authorName: string }[];
};

/** The runner's and overseers' view (trainer, province staff, national office): everything about the group. */
export type ManagerGroupView = Common & {
  viewer: 'manager';
  /** The actor runs the group (trainer or national office): the forms to change it are theirs. Overseers only read. */
  mayRun: boolean;
  learners: {
    userId: string;
    name: string;
    /** Membership code (MEMBERS groups) or e-mail (TRAINERS groups): what the runner typed to add them. */
    identifier: string | null;
    addedAt: Date;
    /** Null when not enrolled through this group (a valid certificate already) or out of the actor's progressWhere. */
    progress: LearnerProgress | null;
  }[];
  sessions: { id: string; title: string; startsAt: Date; minutes: number; roomUrl: string; attendance: { userId: string; present: boolean }[] }[];
  posts: {
    id: string;
    body: string;
    createdAt: Date;
    authorName: string;
    hidden: { at: Date; reason: string; byName: string | null } | null;
  }[];
};

/** A learner's view: the class, not the classmates' progress or attendance. A hidden post has no body. */
export type LearnerGroupView = Common & {
  viewer: 'learner';
  sessions: { id: string; title: string; startsAt: Date; minutes: number; roomUrl: string }[];
  posts: { id: string; body: string | null; createdAt: Date; authorName: string; hidden: boolean; mine: boolean }[];
};

export type GroupView = ManagerGroupView | LearnerGroupView;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Threads and announcements shown: the latest this many (a group's life is a few weeks). */
const THREAD_LIMIT = 200;

/**
 * One group as its viewer may see it (STYLE §10, one projection per kind of viewer):
 * - the runner or an overseer (training-access.ts managedGroupWhere) gets ManagerGroupView — learners with their
 *   progress (the latest Enrollment of the group's course per learner, with its LessonProgress, QuizAttempt and
 *   Certificate rows, narrowed by progressWhere), sessions with attendance, announcements, and every post with a hidden one's reason;
 * - a learner of the group gets LearnerGroupView — sessions with their room links, announcements, the thread (a hidden
 *   post as `hidden: true, body: null`) and the trainer's name.
 * Errors: NOT_FOUND when the group is absent or out of the actor's reach (visibleGroupWhere): the two look the same;
 * also for an id that is no UUID at all (a mistyped address).
 */
export async function getGroup({ actor, groupId }: { actor: Actor; groupId: string }): Promise<GroupView> {
  if (!UUID.test(groupId)) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const group = await db.trainingGroup.findFirst({
    where: { AND: [{ id: groupId }, visibleGroupWhere(actor)] },
    select: {
      id: true,
      name: true,
      kind: true,
      workshopGroup: true,
      courseId: true,
      trainer: { select: { name: true } },
      province: { select: { name: true, nameEn: true } },
      course: { select: { versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { title: true } } } },
      announcements: {
        orderBy: { createdAt: 'desc' },
        take: THREAD_LIMIT,
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!group) throw new AppError('NOT_FOUND');
  const manages = (await db.trainingGroup.count({ where: { AND: [{ id: group.id }, managedGroupWhere(actor)] } })) > 0;
  const common: Common = {
    id: group.id,
    name: group.name,
    kind: group.kind,
    courseTitle: group.course.versions[0]?.title ?? '',
    trainerName: group.trainer.name,
    province: group.province ? { name: group.province.name, nameEn: group.province.nameEn } : null,
    workshopGroup: group.workshopGroup,
    announcements: group.announcements.map((a) => ({ id: a.id, body: a.body, createdAt: a.createdAt, authorName: a.author.name })),
  };
  return manages ? managerView(actor, common, group.courseId) : learnerView(actor, common);
}

async function learnerView(actor: Actor, common: Common): Promise<LearnerGroupView> {
  const db = await getDb();
  const [sessions, posts] = await Promise.all([
    db.groupSession.findMany({
      where: { groupId: common.id },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, startsAt: true, minutes: true, roomUrl: true },
    }),
    db.groupPost.findMany({
      where: { groupId: common.id },
      orderBy: { createdAt: 'desc' },
      take: THREAD_LIMIT,
      select: { id: true, body: true, createdAt: true, hiddenAt: true, authorId: true, author: { select: { name: true } } },
    }),
  ]);
  return {
    viewer: 'learner',
    ...common,
    sessions: sessions.map((s) => ({ id: s.id, title: s.title, startsAt: s.startsAt, minutes: s.minutes, roomUrl: s.roomUrl })),
    posts: posts.map((p) => ({
      id: p.id,
      body: p.hiddenAt ? null : p.body,
      createdAt: p.createdAt,
      authorName: p.author.name,
      hidden: p.hiddenAt !== null,
      mine: p.authorId === actor.id,
    })),
  };
}

async function managerView(actor: Actor, common: Common, courseId: string): Promise<ManagerGroupView> {
  const db = await getDb();
  const [runs, members, sessions, posts] = await Promise.all([
    db.trainingGroup.count({ where: { AND: [{ id: common.id }, runGroupWhere(actor)] } }),
    db.groupMember.findMany({
      where: { groupId: common.id },
      orderBy: { addedAt: 'asc' },
      select: { userId: true, addedAt: true, user: { select: { name: true, email: true, member: { select: { membershipCode: true } } } } },
    }),
    db.groupSession.findMany({
      where: { groupId: common.id },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, startsAt: true, minutes: true, roomUrl: true, attendance: { select: { userId: true, present: true } } },
    }),
    db.groupPost.findMany({
      where: { groupId: common.id },
      orderBy: { createdAt: 'desc' },
      take: THREAD_LIMIT,
      select: { id: true, body: true, createdAt: true, hiddenAt: true, hiddenReason: true, hiddenById: true, author: { select: { name: true } } },
    }),
  ]);
  // By person and course, not by Enrollment.groupId: a learner keeps the open enrollment they began (elsewhere,
  // or alone), and one certified before joining has only the finished one; both are this course's progress.
  const enrollments = await db.enrollment.findMany({
    where: { AND: [{ userId: { in: members.map((m) => m.userId) }, courseId }, progressWhere(actor)] },
    orderBy: { startedAt: 'desc' },
    select: {
      id: true,
      userId: true,
      completedAt: true,
      extraAttempts: true,
      version: { select: { attemptLimit: true, _count: { select: { lessons: true } } } },
      _count: { select: { lessons: true } },
      attempts: { where: { submittedAt: { not: null } }, orderBy: { number: 'desc' }, select: { score: true, passed: true } },
      certificate: { select: { expiresAt: true, revokedAt: true } },
    },
  });
  // The latest enrollment per learner (ordered newest first).
  const progress = new Map<string, LearnerProgress>();
  for (const e of enrollments) {
    if (progress.has(e.userId)) continue;
    const passed = e.attempts.some((a) => a.passed === true);
    progress.set(e.userId, {
      outOfAttempts: !e.completedAt && !passed && e.attempts.length >= e.version.attemptLimit + e.extraAttempts ? e.id : null,
      lessonsDone: e._count.lessons,
      lessonsTotal: e.version._count.lessons,
      attempts: e.attempts.length,
      lastScore: e.attempts[0]?.score ?? null,
      passed,
      completedAt: e.completedAt,
      certificateExpiresAt: e.certificate?.expiresAt ?? null,
      certificateRevoked: e.certificate?.revokedAt != null,
    });
  }
  const hiders = [...new Set(posts.map((p) => p.hiddenById).filter((id): id is string => id !== null))];
  const hiderNames = new Map(
    hiders.length ? (await db.user.findMany({ where: { id: { in: hiders } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]) : [],
  );
  return {
    viewer: 'manager',
    ...common,
    mayRun: runs > 0,
    learners: members.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      identifier: common.kind === 'TRAINERS' ? m.user.email : (m.user.member?.membershipCode ?? null),
      addedAt: m.addedAt,
      progress: progress.get(m.userId) ?? null,
    })),
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      startsAt: s.startsAt,
      minutes: s.minutes,
      roomUrl: s.roomUrl,
      attendance: s.attendance.map((a) => ({ userId: a.userId, present: a.present })),
    })),
    posts: posts.map((p) => ({
      id: p.id,
      body: p.body,
      createdAt: p.createdAt,
      authorName: p.author.name,
      hidden: p.hiddenAt ? { at: p.hiddenAt, reason: p.hiddenReason ?? '', byName: p.hiddenById ? (hiderNames.get(p.hiddenById) ?? null) : null } : null,
    })),
  };
}
