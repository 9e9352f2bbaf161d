import { enroll } from '@/lib/training/enroll';
import { grantAttempts } from '@/lib/training/grant-attempts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz';
import { seededDb } from '@/lib/testing/db';
import { certify, createApprovedTrainer, createCourse } from '@/lib/testing/training-groups';
import { createCourse as createCourse_ } from '@/lib/training/create-course';
import { editCourse } from '@/lib/training/edit-course';
import { createActor, createCore } from '@/lib/testing/reports';
import { seedTrainerGroups, workshopGroupName } from '@/prisma/seed-training-groups';
import { addGroupMembers, TRAINER_PLACES_PER_PROVINCE } from './add-group-members';
import { createGroup } from './create-group';
import { getGroup, type GroupView } from './get-group';
import { hideGroupPost } from './hide-group-post';
import { listGroups } from './list-groups';
import { postAnnouncement } from './post-announcement';
import { postToGroup } from './post-to-group';
import { recordAttendance } from './record-attendance';
import { removeGroupMember } from './remove-group-member';
import { scheduleSession } from './schedule-session';

const HOUR = 3_600_000;

type World = Awaited<ReturnType<typeof world>>;
let shared: Promise<World> | undefined;

/** Two provinces (A: 8, B: 9), an approved trainer in each, members, province staff, the courses. */
async function world() {
  const db = await seededDb();
  const [memberCourse, coreHeadCourse, trainersCourse] = [
    await createCourse(db, 'MEMBER'),
    await createCourse(db, 'CORE_HEAD'),
    await createCourse(db, 'TRAINER'),
  ];
  const approvedTrainer = async (provinceId: number) => {
    const t = await createActor(db, ['TRAINER'], { provinceId });
    await certify(db, t.id, trainersCourse.version.id, trainersCourse.course.id);
    return t;
  };
  const [coreA, coreB] = [await createCore(db, 8), await createCore(db, 9)];
  const member = async (coreId: string, provinceId: number) => {
    const actor = await createActor(db, ['MEMBER'], { coreId, provinceId });
    const { membershipCode } = await db.member.findUniqueOrThrow({ where: { userId: actor.id }, select: { membershipCode: true } });
    return { actor, code: membershipCode! };
  };
  return {
    db,
    memberCourse,
    coreHeadCourse,
    trainersCourse,
    trainerA: await approvedTrainer(8),
    trainerB: await approvedTrainer(9),
    staffA: await createActor(db, ['PROVINCE_STAFF'], { provinceId: 8 }),
    staffB: await createActor(db, ['PROVINCE_STAFF'], { provinceId: 9 }),
    national: await createActor(db, ['NATIONAL_OFFICE']),
    membersA: [await member(coreA.id, 8), await member(coreA.id, 8), await member(coreA.id, 8)],
    memberB: await member(coreB.id, 9),
  };
}
const setup = () => (shared ??= world());

async function memberGroup(w: World, trainer: Actor, name = 'گروه آزمون') {
  return createGroup({ actor: trainer, input: { kind: 'MEMBERS', name, courseId: w.memberCourse.course.id } });
}

/** The keys of an object, sorted: a projection test fails when a field is added or dropped. */
const keys = (o: object) => Object.keys(o).sort();

describe('training groups: creating', () => {
  it('an unapproved trainer cannot create a group: FORBIDDEN with the explanation on the course field', async () => {
    const w = await setup();
    const fresh = await createActor(w.db, ['TRAINER'], { provinceId: 8 });
    await expect(memberGroup(w, fresh)).rejects.toMatchObject({ code: 'FORBIDDEN', fieldErrors: { courseId: ['notApproved'] } });
    // An expired trainers' certificate approves nobody.
    await certify(w.db, fresh.id, w.trainersCourse.version.id, w.trainersCourse.course.id, new Date(Date.now() - HOUR));
    await expect(memberGroup(w, fresh)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an approved trainer creates a MEMBERS group in their province, audited; a trainers’ course is refused', async () => {
    const w = await setup();
    const { id } = await memberGroup(w, w.trainerA, '  گروه   آزمون\u200e ');
    const row = await w.db.trainingGroup.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ kind: 'MEMBERS', provinceId: 8, trainerId: w.trainerA.id, workshopGroup: null, courseId: w.memberCourse.course.id });
    expect(await w.db.auditEvent.count({ where: { action: 'training_group.created', objectId: id } })).toBe(1);
    await expect(createGroup({ actor: w.trainerA, input: { kind: 'MEMBERS', name: 'گروه', courseId: w.trainersCourse.course.id } })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { courseId: ['course'] },
    });
    // A trainer cannot make a workshop group, nor a member a group at all.
    await expect(
      createGroup({ actor: w.trainerA, input: { kind: 'TRAINERS', name: 'کارگاه', courseId: w.trainersCourse.course.id, workshopGroup: 1 } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(memberGroup(w, w.membersA[0]!.actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the national office creates a TRAINERS group only with a national trainer and a workshop group', async () => {
    const w = await setup();
    const input = { kind: 'TRAINERS' as const, name: 'کارگاه آزمون', courseId: w.trainersCourse.course.id, workshopGroup: 2 };
    await expect(createGroup({ actor: w.national, input: { ...input, trainerId: w.trainerA.id } })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { trainerId: ['trainer'] },
    });
    const nationalTrainer = await createActor(w.db, ['TRAINER']);
    await expect(createGroup({ actor: w.national, input: { ...input, workshopGroup: undefined, trainerId: nationalTrainer.id } })).rejects.toMatchObject({
      fieldErrors: { workshopGroup: ['workshopGroup'] },
    });
    const { id } = await createGroup({ actor: w.national, input: { ...input, trainerId: nationalTrainer.id } });
    expect(await w.db.trainingGroup.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: 'TRAINERS',
      provinceId: null,
      workshopGroup: 2,
      trainerId: nationalTrainer.id,
    });
  });
});

describe('training groups: members', () => {
  it('adds in-province members by code (typed any way), enrolls them, audits; out-of-province and unknown codes are "not found"', async () => {
    const w = await setup();
    const { id } = await memberGroup(w, w.trainerA);
    const [m1, m2] = w.membersA;
    const result = await addGroupMembers({
      actor: w.trainerA,
      groupId: id,
      // The form's parser normalises lines (group-input.ts); here they come as it leaves them.
      lines: [m1!.code, `\u200e ${m2!.code} `, w.memberB.code, 'NO-SUCH-CODE'],
    });
    expect(result).toEqual({ added: [m1!.code, m2!.code], already: [], notFound: [w.memberB.code, 'NO-SUCH-CODE'], noPlace: [], barred: [] });
    const enrollments = await w.db.enrollment.findMany({ where: { groupId: id }, select: { userId: true, courseId: true } });
    expect(enrollments.map((e) => e.userId).sort()).toEqual([m1!.actor.id, m2!.actor.id].sort());
    expect(await w.db.auditEvent.count({ where: { action: 'training_group.members_added', objectId: id } })).toBe(1);
    expect((await addGroupMembers({ actor: w.trainerA, groupId: id, lines: [m1!.code] })).already).toEqual([m1!.code]);

    // A CORE_HEAD course takes core heads only: a plain member's code is "not found".
    const coreHeadGroup = await createGroup({ actor: w.trainerA, input: { kind: 'MEMBERS', name: 'سرگروه‌ها', courseId: w.coreHeadCourse.course.id } });
    expect((await addGroupMembers({ actor: w.trainerA, groupId: coreHeadGroup.id, lines: [m1!.code] })).notFound).toEqual([m1!.code]);

    await removeGroupMember({ actor: w.trainerA, groupId: id, userId: m2!.actor.id });
    expect(await w.db.groupMember.count({ where: { groupId: id } })).toBe(1);
    expect(await w.db.enrollment.count({ where: { groupId: id, userId: m2!.actor.id } })).toBe(0);
    await expect(removeGroupMember({ actor: w.trainerA, groupId: id, userId: m2!.actor.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('does not add a member barred from the course by a revoked certificate, and says so', async () => {
    const w = await setup();
    const core = await createCore(w.db, 8);
    const actor = await createActor(w.db, ['MEMBER'], { coreId: core.id, provinceId: 8 });
    const { membershipCode } = await w.db.member.findUniqueOrThrow({ where: { userId: actor.id }, select: { membershipCode: true } });
    await certify(w.db, actor.id, w.memberCourse.version.id, w.memberCourse.course.id);
    await w.db.certificate.updateMany({ where: { userId: actor.id }, data: { revokedAt: new Date(), revokeReason: 'تخلف' } });
    const { id } = await memberGroup(w, w.trainerA, 'گروه با عضو منع‌شده');
    const result = await addGroupMembers({ actor: w.trainerA, groupId: id, lines: [membershipCode!] });
    expect(result).toEqual({ added: [], already: [], notFound: [], noPlace: [], barred: [membershipCode] });
    expect(await w.db.groupMember.count({ where: { groupId: id } })).toBe(0);
  });

  it(`a workshop group takes at most ${TRAINER_PLACES_PER_PROVINCE} trainers of a province, and only provinces of its workshop group`, async () => {
    const w = await setup();
    const nationalTrainer = await createActor(w.db, ['TRAINER']);
    const inGroup = await w.db.province.findMany({ where: { workshopGroup: 3 }, select: { id: true }, take: 2, orderBy: { id: 'asc' } });
    const outside = await w.db.province.findFirstOrThrow({ where: { workshopGroup: { not: 3 } }, select: { id: true } });
    const { id } = await createGroup({
      actor: w.national,
      input: { kind: 'TRAINERS', name: 'کارگاه ۳', courseId: w.trainersCourse.course.id, workshopGroup: 3, trainerId: nationalTrainer.id },
    });
    const emailOf = async (a: Actor) => (await w.db.user.findUniqueOrThrow({ where: { id: a.id }, select: { email: true } })).email!;
    const six = await Promise.all(Array.from({ length: 6 }, () => createActor(w.db, ['TRAINER'], { provinceId: inGroup[0]!.id })));
    const sixEmails = await Promise.all(six.map(emailOf));
    const other = await emailOf(await createActor(w.db, ['TRAINER'], { provinceId: inGroup[1]!.id }));
    const far = await emailOf(await createActor(w.db, ['TRAINER'], { provinceId: outside.id }));
    const first = await addGroupMembers({ actor: w.national, groupId: id, lines: [...sixEmails.slice(0, 4).map((e) => e.toUpperCase()), far] });
    expect(first.added).toHaveLength(4);
    expect(first.notFound).toEqual([far]);
    const second = await addGroupMembers({ actor: w.national, groupId: id, lines: [...sixEmails.slice(4), other] });
    expect(second).toEqual({ added: [sixEmails[4], other], already: [], notFound: [], noPlace: [sixEmails[5]], barred: [] });
    expect(await w.db.groupMember.count({ where: { groupId: id } })).toBe(6);
    // The trainer who runs the group learns nothing there: a national trainer has no province anyway.
    expect((await addGroupMembers({ actor: w.national, groupId: id, lines: [await emailOf(nationalTrainer)] })).notFound).toHaveLength(1);
  });
});

describe('training groups: who reaches what', () => {
  it('trainer B gets NOT_FOUND for everything of trainer A’s group', async () => {
    const w = await setup();
    const { id } = await memberGroup(w, w.trainerA);
    await addGroupMembers({ actor: w.trainerA, groupId: id, lines: [w.membersA[0]!.code] });
    const session = await w.db.groupSession.create({
      data: { groupId: id, title: 'جلسه', startsAt: new Date(Date.now() - HOUR), minutes: 60, roomUrl: 'https://room.example/a' },
    });
    const post = await postToGroup({ actor: w.membersA[0]!.actor, groupId: id, body: 'سلام' });
    const B = w.trainerB;
    const notFound = { code: 'NOT_FOUND' };
    await expect(getGroup({ actor: B, groupId: id })).rejects.toMatchObject(notFound);
    await expect(addGroupMembers({ actor: B, groupId: id, lines: [w.memberB.code] })).rejects.toMatchObject(notFound);
    await expect(removeGroupMember({ actor: B, groupId: id, userId: w.membersA[0]!.actor.id })).rejects.toMatchObject(notFound);
    await expect(
      scheduleSession({
        actor: B,
        input: { groupId: id, title: 'جلسه', startsAt: new Date(Date.now() + HOUR), minutes: 60, roomUrl: 'https://room.example/' },
      }),
    ).rejects.toMatchObject(notFound);
    await expect(recordAttendance({ actor: B, input: { sessionId: session.id, present: [] } })).rejects.toMatchObject(notFound);
    await expect(postAnnouncement({ actor: B, groupId: id, body: 'اطلاعیه' })).rejects.toMatchObject(notFound);
    await expect(postToGroup({ actor: B, groupId: id, body: 'سلام' })).rejects.toMatchObject(notFound);
    await expect(hideGroupPost({ actor: B, postId: post.id, reason: 'دلیل' })).rejects.toMatchObject(notFound);
    expect((await listGroups({ actor: B })).map((g) => g.id)).not.toContain(id);
    // A member of another group or province sees nothing of it either.
    await expect(getGroup({ actor: w.memberB.actor, groupId: id })).rejects.toMatchObject(notFound);
    expect(await w.db.groupPost.count({ where: { id: post.id, hiddenAt: null } })).toBe(1);
  });

  it('a trainer whose trainers’ certificate is revoked keeps reading their group but changes nothing, and writes no course', async () => {
    const w = await setup();
    const trainer = await createApprovedTrainer(w.db, 8);
    const { id } = await memberGroup(w, trainer, 'گروه مربی باطل‌شده');
    await addGroupMembers({ actor: trainer, groupId: id, lines: [w.membersA[1]!.code] });
    const { id: courseId } = await createCourse_({
      actor: trainer,
      input: {
        slug: `r-${Date.now().toString(36)}`,
        audience: 'MEMBER',
        title: 'دورهٔ مربی',
        description: 'شرح',
        passMark: 70,
        attemptLimit: 2,
        attemptWaitMinutes: 0,
        validMonths: 12,
      },
    });
    await w.db.certificate.updateMany({ where: { userId: trainer.id }, data: { revokedAt: new Date(), revokeReason: 'تخلف' } });

    expect(await getGroup({ actor: trainer, groupId: id })).toMatchObject({ mayRun: false });
    const notFound = { code: 'NOT_FOUND' };
    await expect(addGroupMembers({ actor: trainer, groupId: id, lines: [w.membersA[2]!.code] })).rejects.toMatchObject(notFound);
    await expect(
      scheduleSession({
        actor: trainer,
        input: { groupId: id, title: 'جلسه', startsAt: new Date(Date.now() + HOUR), minutes: 60, roomUrl: 'https://room.example/' },
      }),
    ).rejects.toMatchObject(notFound);
    await expect(postAnnouncement({ actor: trainer, groupId: id, body: 'اطلاعیه' })).rejects.toMatchObject(notFound);
    await expect(removeGroupMember({ actor: trainer, groupId: id, userId: w.membersA[1]!.actor.id })).rejects.toMatchObject(notFound);
    const enrollment = await w.db.enrollment.findFirstOrThrow({ where: { userId: w.membersA[1]!.actor.id, groupId: id } });
    await expect(grantAttempts({ actor: trainer, enrollmentId: enrollment.id })).rejects.toMatchObject(notFound);
    const forbidden = { code: 'FORBIDDEN', fieldErrors: { title: ['notApprovedToWrite'] } };
    await expect(editCourse({ actor: trainer, courseId, edit: { kind: 'removeLesson', lessonId: crypto.randomUUID() } })).rejects.toMatchObject(forbidden);
    await expect(
      createCourse_({
        actor: trainer,
        input: {
          slug: `s-${Date.now().toString(36)}`,
          audience: 'MEMBER',
          title: 'دورهٔ دیگر',
          description: 'شرح',
          passMark: 70,
          attemptLimit: 2,
          attemptWaitMinutes: 0,
          validMonths: 12,
        },
      }),
    ).rejects.toMatchObject(forbidden);
    expect(await w.db.groupMember.count({ where: { groupId: id } })).toBe(1);
  });

  it('a revoked trainer is not approved again by another trainers’ course, held before or taken after', async () => {
    const w = await setup();
    const trainer = await createApprovedTrainer(w.db, 8);
    // A second trainers' certificate, held before the first is revoked.
    await certify(w.db, trainer.id, w.trainersCourse.version.id, w.trainersCourse.course.id);
    const { id } = await memberGroup(w, trainer, 'گروه مربی با دو گواهی');
    const revoked = await w.db.certificate.findFirstOrThrow({ where: { userId: trainer.id, versionId: { not: w.trainersCourse.version.id } } });
    await w.db.certificate.update({ where: { id: revoked.id }, data: { revokedAt: new Date(), revokeReason: 'تخلف' } });

    await expect(postAnnouncement({ actor: trainer, groupId: id, body: 'اطلاعیه پس از ابطال' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(memberGroup(w, trainer, 'گروه تازه')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Nor can they take a third trainers' course to be approved again: the revocation bars every trainers' course.
    const third = await createCourse(w.db, 'TRAINER', 1);
    await expect(enroll({ actor: trainer, courseSlug: third.course.slug })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { course: ['revoked'] } });
    // Once the revoked certificate would have expired, the held one approves again.
    const after = new Date(revoked.expiresAt.getTime() + 60_000);
    const held = await w.db.certificate.findFirstOrThrow({ where: { userId: trainer.id, revokedAt: null } });
    await w.db.certificate.update({ where: { id: held.id }, data: { expiresAt: new Date(after.getTime() + HOUR) } });
    await expect(postAnnouncement({ actor: trainer, groupId: id, body: 'اطلاعیه پس از پایان ابطال', now: after })).resolves.toBeDefined();
  });

  it('a trainer grants attempts only to learners of their own group of that course, not of another group the learner is in', async () => {
    const w = await setup();
    const [x, y] = [await createCourse(w.db, 'MEMBER', 1), await createCourse(w.db, 'MEMBER', 1)];
    const learner = w.membersA[2]!;
    const A = await createApprovedTrainer(w.db, 8);
    const B = await createApprovedTrainer(w.db, 8);
    const groupOf = (t: Actor, courseId: string) => createGroup({ actor: t, input: { kind: 'MEMBERS', name: 'گروه دادن فرصت', courseId } });
    const aY = await groupOf(A, y.course.id);
    await groupOf(A, x.course.id); // A teaches course X too, to others
    const bX = await groupOf(B, x.course.id);
    await addGroupMembers({ actor: A, groupId: aY.id, lines: [learner.code] });
    await addGroupMembers({ actor: B, groupId: bX.id, lines: [learner.code] });
    const inX = await w.db.enrollment.findFirstOrThrow({ where: { userId: learner.actor.id, courseId: x.course.id, completedAt: null } });
    await expect(grantAttempts({ actor: A, enrollmentId: inX.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await grantAttempts({ actor: B, enrollmentId: inX.id });
    expect((await w.db.enrollment.findUniqueOrThrow({ where: { id: inX.id } })).extraAttempts).toBe(1);
  });

  it('province staff see their province’s groups only, read-only; the national office runs any', async () => {
    const w = await setup();
    const a = await memberGroup(w, w.trainerA);
    const b = await memberGroup(w, w.trainerB);
    const listed = (await listGroups({ actor: w.staffA })).map((g) => g.id);
    expect(listed).toContain(a.id);
    expect(listed).not.toContain(b.id);
    const view = await getGroup({ actor: w.staffA, groupId: a.id });
    expect(view).toMatchObject({ viewer: 'manager', mayRun: false });
    await expect(getGroup({ actor: w.staffA, groupId: b.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(postAnnouncement({ actor: w.staffA, groupId: a.id, body: 'اطلاعیه' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(postToGroup({ actor: w.staffA, groupId: a.id, body: 'سلام' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getGroup({ actor: w.national, groupId: b.id })).toMatchObject({ viewer: 'manager', mayRun: true });
    // The national office runs any group: a session, attendance, moderation (runGroupWhere is `{}` for it).
    await addGroupMembers({ actor: w.national, groupId: b.id, lines: [w.memberB.code] });
    const session = await w.db.groupSession.create({
      data: { groupId: b.id, title: 'جلسه', startsAt: new Date(Date.now() - HOUR), minutes: 30, roomUrl: 'https://room.example/' },
    });
    expect(await recordAttendance({ actor: w.national, input: { sessionId: session.id, present: [w.memberB.actor.id] } })).toEqual({ present: 1, absent: 0 });
    const post = await postToGroup({ actor: w.memberB.actor, groupId: b.id, body: 'سلام' });
    await hideGroupPost({ actor: w.national, postId: post.id, reason: 'آزمون ستاد' });
    const national = await listGroups({ actor: w.national });
    expect(national.filter((g) => g.id === a.id || g.id === b.id).map((g) => g.as)).toEqual(['manager', 'manager']);
  });

  it('a learner lists their own groups only and sees no other learner’s progress or attendance', async () => {
    const w = await setup();
    const learner = (await createActor(w.db, ['MEMBER'], { coreId: (await createCore(w.db, 8)).id, provinceId: 8 })) as Actor;
    const code = (await w.db.member.findUniqueOrThrow({ where: { userId: learner.id } })).membershipCode!;
    const mine = await memberGroup(w, w.trainerA, 'گروه من');
    const notMine = await memberGroup(w, w.trainerA, 'گروه دیگر');
    await addGroupMembers({ actor: w.trainerA, groupId: mine.id, lines: [code, w.membersA[1]!.code] });
    const list = await listGroups({ actor: learner });
    expect(list.map((g) => [g.id, g.as])).toEqual([[mine.id, 'learner']]);
    expect(list[0]).toMatchObject({ learners: 2, courseTitle: 'دوره MEMBER', trainerName: w.trainerA.name });
    await expect(getGroup({ actor: learner, groupId: notMine.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const view = await getGroup({ actor: learner, groupId: mine.id });
    expect(view.viewer).toBe('learner');
    expect(view).not.toHaveProperty('learners');
    expect(JSON.stringify(view)).not.toContain(w.membersA[1]!.actor.id);
  });
});

describe('training groups: sessions, attendance, thread', () => {
  it('schedules a session (audited) but not in the past; attendance is upserted per learner', async () => {
    const w = await setup();
    const { id } = await memberGroup(w, w.trainerA);
    const [m1, m2] = w.membersA;
    await addGroupMembers({ actor: w.trainerA, groupId: id, lines: [m1!.code, m2!.code] });
    const input = { groupId: id, title: 'جلسه اول', startsAt: new Date(Date.now() + 24 * HOUR), minutes: 90, roomUrl: 'https://bbb.example.ir/rooms/abc' };
    const session = await scheduleSession({ actor: w.trainerA, input });
    expect(await w.db.auditEvent.count({ where: { action: 'training_group.session_scheduled', objectId: id } })).toBe(1);
    await expect(scheduleSession({ actor: w.trainerA, input: { ...input, startsAt: new Date(Date.now() - HOUR) } })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { date: ['past'] },
    });
    await expect(recordAttendance({ actor: w.trainerA, input: { sessionId: session.id, present: [] } })).rejects.toMatchObject({ code: 'CONFLICT' });

    const later = new Date(Date.now() + 25 * HOUR);
    // A stranger's id ticked is ignored; the unticked learner is absent.
    expect(await recordAttendance({ actor: w.trainerA, input: { sessionId: session.id, present: [m1!.actor.id, w.memberB.actor.id] }, now: later })).toEqual({
      present: 1,
      absent: 1,
    });
    await recordAttendance({ actor: w.trainerA, input: { sessionId: session.id, present: [m2!.actor.id] }, now: later });
    const rows = await w.db.attendance.findMany({ where: { sessionId: session.id }, select: { userId: true, present: true } });
    expect(Object.fromEntries(rows.map((r) => [r.userId, r.present]))).toEqual({ [m1!.actor.id]: false, [m2!.actor.id]: true });
    expect(await w.db.auditEvent.count({ where: { action: 'training_group.attendance_recorded', objectId: id } })).toBe(2);
  });

  it('a hidden post shows to learners without its body; the runner sees the reason; hiding twice is a CONFLICT', async () => {
    const w = await setup();
    const { id } = await memberGroup(w, w.trainerA);
    const [m1] = w.membersA;
    await addGroupMembers({ actor: w.trainerA, groupId: id, lines: [m1!.code] });
    const post = await postToGroup({ actor: m1!.actor, groupId: id, body: 'متن نامناسب' });
    await postToGroup({ actor: w.trainerA, groupId: id, body: 'پاسخ مربی' });
    await postAnnouncement({ actor: w.trainerA, groupId: id, body: 'جلسه فردا' });
    await expect(postAnnouncement({ actor: m1!.actor, groupId: id, body: 'اطلاعیه' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(hideGroupPost({ actor: m1!.actor, postId: post.id, reason: 'دلیل' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await hideGroupPost({ actor: w.trainerA, postId: post.id, reason: 'خارج از موضوع' });
    await expect(hideGroupPost({ actor: w.trainerA, postId: post.id, reason: 'دوباره' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await w.db.auditEvent.count({ where: { action: 'training_group.post_hidden', objectId: id } })).toBe(1);

    const learnerView = await getGroup({ actor: m1!.actor, groupId: id });
    const hidden = learnerView.posts.find((p) => p.id === post.id)!;
    expect(hidden).toEqual({ id: post.id, body: null, createdAt: expect.any(Date), authorName: m1!.actor.name, hidden: true, mine: true });
    expect(JSON.stringify(learnerView)).not.toContain('متن نامناسب');
    expect(JSON.stringify(learnerView)).not.toContain('خارج از موضوع');
    const managerView = await getGroup({ actor: w.trainerA, groupId: id });
    expect(managerView.posts.find((p) => p.id === post.id)).toMatchObject({
      body: 'متن نامناسب',
      hidden: { reason: 'خارج از موضوع', byName: w.trainerA.name },
    });
  });
});

describe('training groups: a form sent twice', () => {
  it('makes one announcement, one post and one session; the same text later is a new one', async () => {
    const w = await setup();
    const trainer = await createApprovedTrainer(w.db, 8);
    const { id } = await memberGroup(w, trainer, 'گروه دوبار فرستادن');
    await addGroupMembers({ actor: trainer, groupId: id, lines: [w.membersA[0]!.code] });
    const t0 = new Date();
    const [a1, a2] = await Promise.all([
      postAnnouncement({ actor: trainer, groupId: id, body: 'جلسه فردا ساعت ۱۸', now: t0 }),
      postAnnouncement({ actor: trainer, groupId: id, body: 'جلسه فردا ساعت ۱۸', now: t0 }),
    ]);
    expect(a2.id).toBe(a1.id);
    const learner = w.membersA[0]!.actor;
    const p1 = await postToGroup({ actor: learner, groupId: id, body: 'سلام به همه', now: t0 });
    expect((await postToGroup({ actor: learner, groupId: id, body: 'سلام به همه', now: new Date(t0.getTime() + 30_000) })).id).toBe(p1.id);
    const later = new Date(t0.getTime() + 3 * 60_000);
    expect((await postToGroup({ actor: learner, groupId: id, body: 'سلام به همه', now: later })).id).not.toBe(p1.id);
    const input = { groupId: id, title: 'جلسهٔ نخست', startsAt: new Date(Date.now() + 24 * HOUR), minutes: 60, roomUrl: 'https://room.example/a' };
    const s1 = await scheduleSession({ actor: trainer, input });
    expect((await scheduleSession({ actor: trainer, input })).id).toBe(s1.id);
    expect(await w.db.groupAnnouncement.count({ where: { groupId: id } })).toBe(1);
    expect(await w.db.groupPost.count({ where: { groupId: id } })).toBe(2);
    expect(await w.db.groupSession.count({ where: { groupId: id } })).toBe(1);
  });
});

describe('training groups: the projections (a field added fails here)', () => {
  it('manager and learner views carry exactly their fields, progress included', async () => {
    const w = await setup();
    const { id } = await memberGroup(w, w.trainerA);
    const fresh = await createActor(w.db, ['MEMBER'], { coreId: (await createCore(w.db, 8)).id, provinceId: 8 });
    const m1 = { actor: fresh, code: (await w.db.member.findUniqueOrThrow({ where: { userId: fresh.id } })).membershipCode! };
    await addGroupMembers({ actor: w.trainerA, groupId: id, lines: [m1!.code] });
    await w.db.groupSession.create({
      data: { groupId: id, title: 'جلسه', startsAt: new Date(Date.now() - HOUR), minutes: 60, roomUrl: 'https://room.example/' },
    });
    const session = await w.db.groupSession.findFirstOrThrow({ where: { groupId: id } });
    await recordAttendance({ actor: w.trainerA, input: { sessionId: session.id, present: [m1!.actor.id] } });
    await postAnnouncement({ actor: w.trainerA, groupId: id, body: 'اطلاعیه' });
    await postToGroup({ actor: m1!.actor, groupId: id, body: 'سلام' });
    // One lesson done and one failed attempt: the runner sees 1/2 and the score.
    const enrollment = await w.db.enrollment.findFirstOrThrow({ where: { groupId: id, userId: m1!.actor.id } });
    await w.db.lessonProgress.create({ data: { enrollmentId: enrollment.id, lessonId: w.memberCourse.version.lessons[0]!.id } });
    await w.db.quizAttempt.create({ data: { enrollmentId: enrollment.id, number: 1, seed: 1, submittedAt: new Date(), score: 40, passed: false } });

    const common = ['announcements', 'courseTitle', 'id', 'kind', 'name', 'province', 'trainerName', 'viewer', 'workshopGroup'];
    const manager = (await getGroup({ actor: w.trainerA, groupId: id })) as Extract<GroupView, { viewer: 'manager' }>;
    expect(keys(manager)).toEqual([...common, 'learners', 'mayRun', 'posts', 'sessions'].sort());
    expect(keys(manager.learners[0]!)).toEqual(['addedAt', 'identifier', 'name', 'progress', 'userId']);
    expect(manager.learners[0]!.progress).toEqual({
      outOfAttempts: null,
      lessonsDone: 1,
      lessonsTotal: 2,
      attempts: 1,
      lastScore: 40,
      passed: false,
      completedAt: null,
      certificateExpiresAt: null,
      certificateRevoked: false,
    });
    expect(manager.learners[0]!.identifier).toBe(m1!.code);
    // Every attempt used: the runner is offered one more for that enrollment, and granting it clears the offer.
    const { attemptLimit } = await w.db.courseVersion.findUniqueOrThrow({ where: { id: enrollment.versionId } });
    for (let n = 2; n <= attemptLimit; n++)
      await w.db.quizAttempt.create({ data: { enrollmentId: enrollment.id, number: n, seed: n, submittedAt: new Date(), score: 0, passed: false } });
    const out = (await getGroup({ actor: w.trainerA, groupId: id })) as Extract<GroupView, { viewer: 'manager' }>;
    expect(out.learners[0]!.progress!.outOfAttempts).toBe(enrollment.id);
    await expect(grantAttempts({ actor: w.trainerB, enrollmentId: enrollment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await grantAttempts({ actor: w.trainerA, enrollmentId: enrollment.id });
    const granted = (await getGroup({ actor: w.trainerA, groupId: id })) as Extract<GroupView, { viewer: 'manager' }>;
    expect(granted.learners[0]!.progress!.outOfAttempts).toBeNull();
    expect(keys(manager.sessions[0]!)).toEqual(['attendance', 'id', 'minutes', 'roomUrl', 'startsAt', 'title']);
    expect(manager.sessions[0]!.attendance).toEqual([{ userId: m1!.actor.id, present: true }]);
    expect(keys(manager.posts[0]!)).toEqual(['authorName', 'body', 'createdAt', 'hidden', 'id']);
    expect(keys(manager.announcements[0]!)).toEqual(['authorName', 'body', 'createdAt', 'id']);
    expect(keys(manager.province!)).toEqual(['name', 'nameEn']);

    const learner = await getGroup({ actor: m1!.actor, groupId: id });
    expect(keys(learner)).toEqual([...common, 'posts', 'sessions'].sort());
    expect(keys(learner.sessions[0]!)).toEqual(['id', 'minutes', 'roomUrl', 'startsAt', 'title']);
    expect(keys(learner.posts[0]!)).toEqual(['authorName', 'body', 'createdAt', 'hidden', 'id', 'mine']);
    expect(keys(learner.announcements[0]!)).toEqual(['authorName', 'body', 'createdAt', 'id']);

    const listed = (await listGroups({ actor: w.trainerA })).find((g) => g.id === id)!;
    expect(keys(listed)).toEqual(
      ['as', 'courseTitle', 'createdAt', 'id', 'kind', 'learners', 'name', 'nextSessionAt', 'province', 'sessions', 'trainerName', 'workshopGroup'].sort(),
    );
  });
});

describe('training groups: the trainer-of-trainers seed', () => {
  it('creates the four workshop groups on the trainers’ course once, run by the national trainer', async () => {
    const w = await setup();
    const trainer = await w.db.user.findUniqueOrThrow({ where: { email: 'trainer.national@sajam.test' } });
    expect(trainer).toMatchObject({ roles: ['TRAINER'], provinceId: null });
    // The lead's seed makes the course; without it, one like it (other tests' groups use w.trainersCourse).
    if (!(await w.db.course.findUnique({ where: { slug: 'trainers' } }))) {
      const { course } = await createCourse(w.db, 'TRAINER');
      await w.db.course.update({ where: { id: course.id }, data: { slug: 'trainers' } });
    }
    const course = await w.db.course.findUniqueOrThrow({ where: { slug: 'trainers' } });
    await seedTrainerGroups(w.db);
    expect(await seedTrainerGroups(w.db)).toBe(0);
    const groups = await w.db.trainingGroup.findMany({
      where: { kind: 'TRAINERS', courseId: course.id, trainerId: trainer.id },
      orderBy: { workshopGroup: 'asc' },
    });
    expect(groups.map((g) => [g.workshopGroup, g.name])).toEqual([1, 2, 3, 4].map((n) => [n, workshopGroupName(n)]));
    expect(workshopGroupName(1)).toBe('کارگاه مربیان — گروه ۱');
  });
});

describe('training groups: a learner who started elsewhere', () => {
  it('shows their progress to the trainer of the group they join later, and only to that trainer', async () => {
    const w = await setup();
    const { id } = await memberGroup(w, w.trainerA, 'گروه دیرپیوسته');
    const late = await createActor(w.db, ['MEMBER'], { coreId: (await createCore(w.db, 8)).id, provinceId: 8 });
    const { membershipCode } = await w.db.member.findUniqueOrThrow({ where: { userId: late.id }, select: { membershipCode: true } });
    // Started in another trainer's group (the open enrollment is kept, with that group), one lesson done.
    const otherTrainer = await createActor(w.db, ['TRAINER'], { provinceId: 8 });
    const other = await w.db.trainingGroup.create({
      data: { kind: 'MEMBERS', name: 'گروه دیگر', courseId: w.memberCourse.course.id, trainerId: otherTrainer.id, provinceId: 8 },
    });
    const alone = await w.db.enrollment.create({
      data: {
        userId: late.id,
        courseId: w.memberCourse.course.id,
        versionId: w.memberCourse.version.id,
        groupId: other.id,
        openKey: `${late.id}:${w.memberCourse.course.id}`,
      },
    });
    await w.db.lessonProgress.create({ data: { enrollmentId: alone.id, lessonId: w.memberCourse.version.lessons[0]!.id } });
    await addGroupMembers({ actor: w.trainerA, groupId: id, lines: [membershipCode!] });
    const view = (await getGroup({ actor: w.trainerA, groupId: id })) as Extract<GroupView, { viewer: 'manager' }>;
    expect(view.learners.find((l) => l.userId === late.id)!.progress).toMatchObject({ lessonsDone: 1 });
    await expect(getGroup({ actor: w.trainerB, groupId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
