import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz';
import type { Db } from '@/lib/db/client';
import type { CourseAudience } from '@/lib/generated/prisma/enums';
import { jalaliYearRange, toJalali } from '@/lib/i18n/format';
import { invalidateSettings } from '@/lib/settings/get-settings';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore } from '@/lib/testing/reports';
import { tehranAt } from '@/lib/testing/stats';
import { getTrainingDashboard } from '@/lib/training/get-training-dashboard';
import { certifiedOf, computeTraining, countCertifiedMembers } from './compute-training';
import { getAnnualFigures } from './get-annual-figures';
import type { TrainingFigures, TrainingScope } from './training-figures';
import { trainingScopeOf } from './training-scope';

// Other test files write courses, members and certificates into the same database: national and province figures
// are compared as differences (after − before); a trainer's, a group's and a core's are this file's alone.
const X = 20;
const Y = 21;
const DAY = 86_400_000;
const NOW = new Date();
let db: Db;
let basic: { courseId: string; versionId: string; slug: string };
let other: { courseId: string; versionId: string };
let trainerA: Actor;
let trainerB: Actor;

async function course(audience: CourseAudience) {
  const slug = `t-${uniqueSuffix()}`;
  const c = await db.course.create({ data: { slug, audience } });
  const v = await db.courseVersion.create({
    data: {
      courseId: c.id,
      version: 1,
      title: `دوره ${slug}`,
      description: '',
      passMark: 60,
      attemptLimit: 3,
      attemptWaitMinutes: 0,
      validMonths: 24,
      publishedAt: new Date(NOW.getTime() - 400 * DAY),
    },
  });
  return { courseId: c.id, versionId: v.id, slug };
}

/** A person with a Member row (APPROVED ten days before NOW unless told), in a core or only a province, without a password. */
async function member({
  provinceId,
  coreId = null,
  status = 'APPROVED',
  decidedAt = new Date(NOW.getTime() - 10 * DAY),
}: {
  provinceId: number;
  coreId?: string | null;
  status?: 'APPROVED' | 'SUBMITTED';
  decidedAt?: Date;
}) {
  const suffix = uniqueSuffix();
  const user = await db.user.create({ data: { email: `tr-${suffix}@sajam.test`, name: `عضو ${suffix}`, roles: ['MEMBER'], provinceId, coreId } });
  await db.member.create({
    data: { userId: user.id, firstName: 'عضو', lastName: suffix, provinceId, coreId, status, decidedAt, membershipCode: `TR-${suffix}` },
  });
  return user.id;
}

async function group(trainer: Actor, provinceId: number, c = basic) {
  return db.trainingGroup.create({ data: { kind: 'MEMBERS', name: `گروه ${uniqueSuffix()}`, courseId: c.courseId, trainerId: trainer.id, provinceId } });
}

async function enroll(
  userId: string,
  { c = basic, groupId = null, completedAt = null }: { c?: { courseId: string; versionId: string }; groupId?: string | null; completedAt?: Date | null },
) {
  return db.enrollment.create({
    data: { userId, courseId: c.courseId, versionId: c.versionId, groupId, completedAt, openKey: completedAt ? null : `${userId}:${c.courseId}` },
  });
}

async function certify(
  enrollment: { id: string; userId: string; versionId: string },
  { issuedAt, expiresAt, revokedAt = null }: { issuedAt: Date; expiresAt: Date; revokedAt?: Date | null },
) {
  return db.certificate.create({
    data: {
      enrollmentId: enrollment.id,
      userId: enrollment.userId,
      versionId: enrollment.versionId,
      holderName: 'دارنده',
      issuedAt,
      expiresAt,
      revokedAt,
      codeHash: randomUUID(),
      codeSealed: 'sealed',
    },
  });
}

/** A learner who completed the basic course through a group and holds a certificate (valid now unless told). */
async function certifiedLearner(
  provinceId: number,
  groupId: string | null,
  opts: { coreId?: string | null; issuedAt?: Date; expiresAt?: Date; revokedAt?: Date | null; decidedAt?: Date } = {},
) {
  const userId = await member({ provinceId, coreId: opts.coreId ?? null, ...(opts.decidedAt ? { decidedAt: opts.decidedAt } : {}) });
  const issuedAt = opts.issuedAt ?? new Date(NOW.getTime() - 30 * DAY);
  const e = await enroll(userId, { groupId, completedAt: issuedAt });
  await certify(e, { issuedAt, expiresAt: opts.expiresAt ?? new Date(NOW.getTime() + 300 * DAY), revokedAt: opts.revokedAt ?? null });
  return userId;
}

const certifiedNow = async (scope: TrainingScope) => certifiedOf(await countCertifiedMembers(db, { scope, at: NOW, basicCourse: basic.slug }));
const province = (f: Awaited<ReturnType<typeof computeTraining>>, id: number) => f.provinces.find((p) => p.id === id)!;

beforeAll(async () => {
  db = await seededDb();
  basic = await course('MEMBER');
  other = await course('MEMBER');
  trainerA = await createActor(db, ['TRAINER'], { provinceId: X });
  trainerB = await createActor(db, ['TRAINER'], { provinceId: X });
  await db.setting.upsert({ where: { key: 'trainingCourse' }, create: { key: 'trainingCourse', value: basic.slug }, update: { value: basic.slug } });
  invalidateSettings();
});

afterAll(async () => {
  await db.setting.deleteMany({ where: { key: 'trainingCourse' } });
  invalidateSettings();
});

describe('training scope', () => {
  it('gives the national office the country, province staff their province, a trainer their groups; others nothing', async () => {
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: X });
    expect(trainingScopeOf(national)).toEqual({ kind: 'national' });
    expect(trainingScopeOf(staff)).toEqual({ kind: 'province', provinceId: X });
    expect(trainingScopeOf(trainerA)).toEqual({ kind: 'trainer', trainerId: trainerA.id });
    expect(trainingScopeOf({ ...staff, roles: ['PROVINCE_STAFF', 'TRAINER'] })).toEqual({ kind: 'province', provinceId: X });
    expect(() => trainingScopeOf({ ...staff, provinceId: null })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    for (const roles of [['MEMBER'], ['CORE_HEAD'], ['AGENCY_LIAISON'], ['ADMIN']] as const) {
      expect(() => trainingScopeOf({ ...staff, roles })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    }
    expect(() => trainingScopeOf(null)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    await expect(getTrainingDashboard({ actor: { ...staff, roles: ['MEMBER'] } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('completion per group, core and province', () => {
  it("counts trainer A's groups for A only, never B's, even for a learner in both", async () => {
    const coreX = await createCore(db, X);
    const a1 = await group(trainerA, X);
    const a2 = await group(trainerA, X);
    const b1 = await group(trainerB, X);
    const beforeX = await computeTraining(db, { scope: { kind: 'province', provinceId: X } });
    const beforeNational = await computeTraining(db, { scope: { kind: 'national' } });

    // a1: 3 learners, 2 completed (one of them enrolled twice: a renewal counts once). a2: nobody yet.
    const [l1, l2, l3] = [
      await member({ provinceId: X, coreId: coreX.id }),
      await member({ provinceId: X, coreId: coreX.id }),
      await member({ provinceId: X }),
    ];
    await enroll(l1, { groupId: a1.id, completedAt: new Date(NOW.getTime() - 400 * DAY) });
    await enroll(l1, { groupId: a1.id, completedAt: new Date(NOW.getTime() - DAY) });
    await enroll(l2, { groupId: a1.id, completedAt: new Date(NOW.getTime() - DAY) });
    await enroll(l3, { groupId: a1.id });
    // b1: l3 again (their other course) and 4 more, all completed; plus one learner enrolled alone, no group.
    await enroll(l3, { c: other, groupId: b1.id, completedAt: new Date(NOW.getTime() - DAY) });
    for (let i = 0; i < 4; i++) await enroll(await member({ provinceId: X, coreId: coreX.id }), { groupId: b1.id, completedAt: new Date(NOW.getTime() - DAY) });
    await enroll(await member({ provinceId: X, coreId: coreX.id }), {});

    const a = await computeTraining(db, { scope: { kind: 'trainer', trainerId: trainerA.id } });
    expect(a.groups.map((g) => g.id).sort()).toEqual([a1.id, a2.id].sort());
    expect(a.groups.find((g) => g.id === a1.id)).toMatchObject({
      enrolled: 3,
      completed: 2,
      percent: 66.7,
      kind: 'MEMBERS',
      province: { nameEn: expect.any(String) },
    });
    expect(a.groups.find((g) => g.id === a1.id)!.course).toBe(`دوره ${basic.slug}`);
    expect(a.groups.find((g) => g.id === a2.id)).toMatchObject({ enrolled: 0, completed: 0, percent: null });
    // A's learners by core and province: l1, l2 in coreX; l3 (no core) only in the province row; B's enrollments never.
    expect(a.cores).toEqual([expect.objectContaining({ id: coreX.id, enrolled: 2, completed: 2, percent: 100 })]);
    expect(a.provinces).toEqual([expect.objectContaining({ id: X, enrolled: 3, completed: 2 })]);

    const b = await computeTraining(db, { scope: { kind: 'trainer', trainerId: trainerB.id } });
    expect(b.groups).toEqual([expect.objectContaining({ id: b1.id, enrolled: 5, completed: 5, percent: 100 })]);
    expect(b.cores).toEqual([expect.objectContaining({ id: coreX.id, enrolled: 4, completed: 4 })]);
    expect(b.provinces).toEqual([expect.objectContaining({ id: X, enrolled: 5, completed: 5 })]);

    // Province staff of X: every group of X, and every member-course learner placed in X (7 learners, 8 courses).
    const x = await computeTraining(db, { scope: { kind: 'province', provinceId: X } });
    expect(x.groups.map((g) => g.id)).toEqual(expect.arrayContaining([a1.id, a2.id, b1.id]));
    expect(x.provinces.map((p) => p.id)).toEqual([X]);
    expect(province(x, X).enrolled - province(beforeX, X).enrolled).toBe(9);
    expect(province(x, X).completed - province(beforeX, X).completed).toBe(7);
    expect(x.cores.find((c) => c.id === coreX.id)).toMatchObject({ enrolled: 7, completed: 6 });

    const y = await computeTraining(db, { scope: { kind: 'province', provinceId: Y } });
    expect(y.groups.some((g) => [a1.id, a2.id, b1.id].includes(g.id))).toBe(false);
    expect(y.cores.some((c) => c.id === coreX.id)).toBe(false);
    expect(y.provinces.map((p) => p.id)).toEqual([Y]);

    const national = await computeTraining(db, { scope: { kind: 'national' } });
    expect(national.provinces).toHaveLength(31);
    expect(province(national, X).enrolled - province(beforeNational, X).enrolled).toBe(9);
    expect(province(national, Y)).toEqual(province(beforeNational, Y));
  });

  it('leaves trainer-audience courses out of the core and province rows (they count in their group only)', async () => {
    const trainersCourse = await course('TRAINER');
    const workshop = await db.trainingGroup.create({
      data: { kind: 'TRAINERS', name: `کارگاه ${uniqueSuffix()}`, courseId: trainersCourse.courseId, trainerId: trainerA.id, workshopGroup: 1 },
    });
    const before = await computeTraining(db, { scope: { kind: 'trainer', trainerId: trainerA.id } });
    await enroll(await member({ provinceId: X }), { c: trainersCourse, groupId: workshop.id, completedAt: NOW });
    const after = await computeTraining(db, { scope: { kind: 'trainer', trainerId: trainerA.id } });
    expect(after.groups.find((g) => g.id === workshop.id)).toMatchObject({ kind: 'TRAINERS', province: null, enrolled: 1, completed: 1 });
    expect(after.provinces).toEqual(before.provinces);
    // Province staff do not see the national trainer-of-trainers groups.
    expect((await computeTraining(db, { scope: { kind: 'province', provinceId: X } })).groups.some((g) => g.id === workshop.id)).toBe(false);
  });
});

describe('approved members holding a valid basic certificate', () => {
  it('counts a valid one, never an expired, a revoked, another course’s, or an applicant’s', async () => {
    const g = await group(trainerA, Y);
    const beforeY = await certifiedNow({ kind: 'province', provinceId: Y });
    const beforeX = await certifiedNow({ kind: 'province', provinceId: X });
    const beforeA = await certifiedNow({ kind: 'trainer', trainerId: trainerA.id });

    await certifiedLearner(Y, g.id); // valid
    await certifiedLearner(Y, g.id, { expiresAt: new Date(NOW.getTime() - 1000) }); // expired a second ago
    await certifiedLearner(Y, g.id, { revokedAt: new Date(NOW.getTime() - DAY) }); // revoked
    await certifiedLearner(Y, null, { issuedAt: new Date(NOW.getTime() + DAY) }); // issued after the instant
    const otherCourse = await member({ provinceId: Y });
    const e = await enroll(otherCourse, { c: other, groupId: g.id, completedAt: NOW });
    await certify(e, { issuedAt: new Date(NOW.getTime() - DAY), expiresAt: new Date(NOW.getTime() + DAY) });
    // An applicant (not approved) with a valid certificate is in neither count.
    const applicant = await member({ provinceId: Y, status: 'SUBMITTED' });
    await certify(await enroll(applicant, { completedAt: NOW }), { issuedAt: new Date(NOW.getTime() - DAY), expiresAt: new Date(NOW.getTime() + DAY) });

    // A learner of A's group whose certificate was earned in B's group: A's member, not A's certificate.
    const both = await certifiedLearner(Y, (await group(trainerB, Y)).id);
    await enroll(both, { c: other, groupId: g.id });

    const y = await certifiedNow({ kind: 'province', provinceId: Y });
    expect(y.approved - beforeY.approved).toBe(6);
    expect(y.certified - beforeY.certified).toBe(2);
    expect(await certifiedNow({ kind: 'province', provinceId: X })).toEqual(beforeX);
    // Trainer A: the approved members enrolled through A's groups (5 here) and the certificates earned through them
    // (the one valid here); B: the one earned in B's group.
    const a = await certifiedNow({ kind: 'trainer', trainerId: trainerA.id });
    expect(a.approved - beforeA.approved).toBe(5);
    expect(a.certified - beforeA.certified).toBe(1);
    expect(await certifiedNow({ kind: 'trainer', trainerId: trainerB.id })).toMatchObject({ certified: 1 });
  });

  it('takes any member-audience course when the setting names none, or names no course', async () => {
    const userId = await member({ provinceId: Y });
    const e = await enroll(userId, { c: other, completedAt: NOW });
    await certify(e, { issuedAt: new Date(NOW.getTime() - DAY), expiresAt: new Date(NOW.getTime() + DAY) });
    const count = async (basicCourse: string | null) =>
      certifiedOf(await countCertifiedMembers(db, { scope: { kind: 'province', provinceId: Y }, at: NOW, basicCourse }));
    const named = await count(basic.slug);
    expect((await count(null)).certified).toBeGreaterThanOrEqual(named.certified + 1);
    expect(await count('no-such-course')).toEqual(await count(null));
  });
});

describe('the year-end instant (Tehran): Esfand 30 of a leap year and Esfand 29 of a common one, then Farvardin 1', () => {
  // 1403 is a leap year (Esfand has 30 days), 1404 a common one (29). The year ends at Farvardin 1, 00:00 Tehran.
  for (const [year, lastDay] of [
    [1403, 30],
    [1404, 29],
  ] as const) {
    it(`${year}: a certificate expiring at 23:59 on Esfand ${lastDay} is not held at the year's end; one expiring at 00:01 Farvardin 1 is`, async () => {
      const { end } = jalaliYearRange(year);
      expect(end.getTime()).toBe(tehranAt(year + 1, 1, 1, 0, 0).getTime());
      const before2359 = tehranAt(year, 12, lastDay, 23, 59);
      const after0001 = tehranAt(year + 1, 1, 1, 0, 1);
      const approvedAt = tehranAt(year - 1, 6, 1);
      const scope: TrainingScope = { kind: 'province', provinceId: Y };
      const at = async (instant: Date) => certifiedOf(await countCertifiedMembers(db, { scope, at: instant, basicCourse: basic.slug }));
      const before = await at(end);
      const early = new Date(end.getTime() - 2 * 60_000);
      const beforeEarly = await at(early);

      const issued = tehranAt(year - 1, 1, 10);
      await certifiedLearner(Y, null, { decidedAt: approvedAt, issuedAt: issued, expiresAt: before2359 }); // expired in the last minute
      await certifiedLearner(Y, null, { decidedAt: approvedAt, issuedAt: issued, expiresAt: after0001 }); // still valid at midnight
      await certifiedLearner(Y, null, { decidedAt: approvedAt, issuedAt: before2359, expiresAt: tehranAt(year + 2, 1, 1) }); // issued in the last minute
      await certifiedLearner(Y, null, { decidedAt: approvedAt, issuedAt: after0001, expiresAt: tehranAt(year + 2, 1, 1) }); // issued the next year
      await certifiedLearner(Y, null, { decidedAt: after0001, issuedAt: issued, expiresAt: tehranAt(year + 2, 1, 1) }); // approved the next year
      await certifiedLearner(Y, null, { decidedAt: approvedAt, issuedAt: issued, expiresAt: after0001, revokedAt: before2359 }); // revoked in the last minute
      await certifiedLearner(Y, null, { decidedAt: approvedAt, issuedAt: issued, expiresAt: tehranAt(year + 2, 1, 1), revokedAt: after0001 }); // revoked after

      const held = await at(end);
      // Approved by then: all but the one approved the next year (6); holding: after0001-expiry, last-minute issue, revoked after.
      expect(held.approved - before.approved).toBe(6);
      expect(held.certified - before.certified).toBe(3);
      // At 23:58 on the last day the one expiring at 23:59 and the one revoked at 23:59 were still held, the one issued
      // at 23:59 not yet.
      const minutesBefore = await at(early);
      expect(minutesBefore.approved - beforeEarly.approved).toBe(6);
      expect(minutesBefore.certified - beforeEarly.certified).toBe(4);
    });
  }

  it("fills the annual report's training completion for the year (exact and suppressed), as at its end", async () => {
    const year = 1402;
    const P = 22;
    const { end } = jalaliYearRange(year);
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const base = certifiedOf(await countCertifiedMembers(db, { scope: { kind: 'province', provinceId: P }, at: end, basicCourse: basic.slug }));
    const approvedAt = tehranAt(year, 3, 1);
    const issued = tehranAt(year, 6, 1);
    // 6 hold a certificate at the year's end, 5 do not (4 never had one, 1 expired on Esfand 29 at 23:59).
    for (let i = 0; i < 6; i++) await certifiedLearner(P, null, { decidedAt: approvedAt, issuedAt: issued, expiresAt: tehranAt(year + 2, 1, 1) });
    for (let i = 0; i < 4; i++) await member({ provinceId: P, decidedAt: approvedAt });
    await certifiedLearner(P, null, { decidedAt: approvedAt, issuedAt: tehranAt(year - 1, 1, 1), expiresAt: tehranAt(year, 12, 29, 23, 59) });
    const want = Math.round(((base.certified + 6) / (base.approved + 11)) * 1000) / 10;

    const exact = await getAnnualFigures({ actor: national, year, provinceId: P, suppressed: false });
    expect(exact.volunteers.trainingCompletionPercent).toBe(want);
    const published = await getAnnualFigures({ actor: national, year, provinceId: P, suppressed: true });
    expect(published.volunteers.provinces.map((p) => p.id)).toEqual([P]);
    expect(published.volunteers.trainingCompletionPercent).toBe(want);
    // An agency's copy has no volunteers, so no training share either.
    const agency = await db.agency.findFirstOrThrow({ select: { id: true } });
    expect((await getAnnualFigures({ actor: national, year, agencyId: agency.id, suppressed: false })).volunteers.trainingCompletionPercent).toBeNull();
  });
});

describe('the annual report of the year still running', () => {
  it("counts the training share now, not at a year's end still to come", async () => {
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const year = toJalali(NOW).jy;
    // Valid now, expiring before this year ends: held now, not at the end.
    await certifiedLearner(Y, null, { expiresAt: new Date(Math.min(jalaliYearRange(year).end.getTime() - DAY, NOW.getTime() + DAY)) });
    const want = certifiedOf(await countCertifiedMembers(db, { scope: { kind: 'province', provinceId: Y }, at: NOW, basicCourse: basic.slug }));
    const f = await getAnnualFigures({ actor: national, year, provinceId: Y, suppressed: false, now: NOW });
    expect(f.volunteers.trainingCompletionPercent).toBe(want.percent);
  });
});

describe('getTrainingDashboard', () => {
  it('reads the basic course from the settings and scopes by the actor', async () => {
    const g = await group(trainerB, X);
    await certifiedLearner(X, g.id);
    const staffY = await createActor(db, ['PROVINCE_STAFF'], { provinceId: Y });
    const b: TrainingFigures = await getTrainingDashboard({ actor: trainerB, now: NOW });
    expect(b).toMatchObject({ scope: { kind: 'trainer', trainerId: trainerB.id }, basicCourse: basic.slug, countedAt: NOW.toISOString() });
    expect(b.groups.map((x) => x.id)).toContain(g.id);
    expect(b.certified.certified).toBe(2);
    const y = await getTrainingDashboard({ actor: staffY, now: NOW });
    expect(y.groups.some((x) => x.id === g.id)).toBe(false);
    expect(y.provinces.map((p) => p.id)).toEqual([Y]);
  });
});
