import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submitMemberReport } from '@/app/(dashboard)/member/report/actions';
import { submitPublicReport } from '@/app/(public)/report/actions';
import type { Actor } from '@/lib/authz';
import type { Db } from '@/lib/db/client';
import { submitReport } from '@/lib/reports/submit-report';
import { invalidateSettings } from '@/lib/settings/get-settings';
import { callAction, formOf } from '@/lib/testing/call-action';
import { createTestCertificate, createTestCourse } from '@/lib/testing/course-fixtures';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, reportInput } from '@/lib/testing/reports';
import { memberReportGate } from './training-gate';

const DAY = 86_400_000;
const rateKey = () => `gate-${uniqueSuffix()}`;

let db: Db;
let member: Actor;
let basic: Awaited<ReturnType<typeof createTestCourse>>;

async function setGate(on: boolean, slug: string) {
  await db.setting.upsert({ where: { key: 'trainingGate' }, create: { key: 'trainingGate', value: on }, update: { value: on } });
  await db.setting.upsert({ where: { key: 'trainingCourse' }, create: { key: 'trainingCourse', value: slug }, update: { value: slug } });
  invalidateSettings();
}

const submitAsMember = () => submitReport({ actor: member, input: reportInput(), files: [], rateKey: rateKey() });

beforeEach(async () => {
  db = await seededDb();
  member = await createActor(db, ['MEMBER'], { coreId: (await createCore(db, 6)).id, provinceId: 6 });
  basic = await createTestCourse(db, { title: 'آموزش پایه' });
});

afterEach(async () => {
  await db.setting.deleteMany({ where: { key: { in: ['trainingGate', 'trainingCourse'] } } });
  invalidateSettings();
});

describe('the training gate on member reports', () => {
  it('lets a member submit while the gate is off', async () => {
    await setGate(false, basic.course.slug);
    expect(await memberReportGate({ userId: member.id, now: new Date() })).toEqual({ open: true });
    await expect(submitAsMember()).resolves.toMatchObject({ duplicate: false });
  });

  it('refuses a member without a certificate, naming the course, and stores nothing', async () => {
    await setGate(true, basic.course.slug);
    expect(await memberReportGate({ userId: member.id, now: new Date() })).toEqual({ open: false, courseSlug: basic.course.slug, courseTitle: 'آموزش پایه' });
    const before = await db.report.count({ where: { submitterId: member.id } });
    await expect(submitAsMember()).rejects.toMatchObject({ code: 'FORBIDDEN', fieldErrors: { trainingGate: ['trainingGate'] } });
    expect(await db.report.count({ where: { submitterId: member.id } })).toBe(before);
  });

  it('lets a member with a valid certificate submit', async () => {
    await setGate(true, basic.course.slug);
    await createTestCertificate(db, { userId: member.id, courseId: basic.course.id, versionId: basic.version.id, expiresAt: new Date(Date.now() + 30 * DAY) });
    expect(await memberReportGate({ userId: member.id, now: new Date() })).toEqual({ open: true });
    await expect(submitAsMember()).resolves.toMatchObject({ duplicate: false });
  });

  it('refuses a member whose certificate has expired, from the moment of expiry', async () => {
    await setGate(true, basic.course.slug);
    const expiresAt = new Date(Date.now() - 1000);
    await createTestCertificate(db, { userId: member.id, courseId: basic.course.id, versionId: basic.version.id, expiresAt });
    expect(await memberReportGate({ userId: member.id, now: new Date(expiresAt.getTime() - 1) })).toEqual({ open: true });
    expect((await memberReportGate({ userId: member.id, now: expiresAt })).open).toBe(false);
    await expect(submitAsMember()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a member whose certificate was revoked', async () => {
    await setGate(true, basic.course.slug);
    await createTestCertificate(db, {
      userId: member.id,
      courseId: basic.course.id,
      versionId: basic.version.id,
      expiresAt: new Date(Date.now() + 30 * DAY),
      revoked: true,
    });
    await expect(submitAsMember()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("does not count another course's certificate, nor another member's", async () => {
    await setGate(true, basic.course.slug);
    const other = await createTestCourse(db);
    await createTestCertificate(db, { userId: member.id, courseId: other.course.id, versionId: other.version.id, expiresAt: new Date(Date.now() + 30 * DAY) });
    const someoneElse = await createActor(db, ['MEMBER']);
    await createTestCertificate(db, {
      userId: someoneElse.id,
      courseId: basic.course.id,
      versionId: basic.version.id,
      expiresAt: new Date(Date.now() + 30 * DAY),
    });
    expect((await memberReportGate({ userId: member.id, now: new Date() })).open).toBe(false);
  });

  it('counts a certificate of an older version of the course', async () => {
    await setGate(true, basic.course.slug);
    const v2 = await db.courseVersion.create({
      data: {
        courseId: basic.course.id,
        version: 2,
        title: 'آموزش پایه ۲',
        description: '',
        passMark: 70,
        attemptLimit: 3,
        attemptWaitMinutes: 0,
        validMonths: 24,
        publishedAt: new Date(),
      },
    });
    expect(await memberReportGate({ userId: member.id, now: new Date() })).toMatchObject({ open: false, courseTitle: v2.title });
    await createTestCertificate(db, { userId: member.id, courseId: basic.course.id, versionId: basic.version.id, expiresAt: new Date(Date.now() + 30 * DAY) });
    expect(await memberReportGate({ userId: member.id, now: new Date() })).toEqual({ open: true });
  });

  it('never gates an anonymous public report', async () => {
    await setGate(true, basic.course.slug);
    await expect(submitReport({ actor: null, input: reportInput(), files: [], rateKey: rateKey() })).resolves.toMatchObject({ duplicate: false });
  });

  it('through the forms: the member form answers in Persian at the top with the gate as the reason; the public form takes the report', async () => {
    await setGate(true, basic.course.slug);
    const fields = () => ({
      kind: 'REPORT',
      categoryId: '1',
      provinceId: '4',
      description: 'چراغ‌های کوچه سه ماه است خاموش مانده و شب‌ها محله ناامن شده است.',
      submissionToken: crypto.randomUUID(),
    });
    const refused = await callAction(submitMemberReport, formOf(fields()), {
      as: { id: member.id, name: member.name, roles: [...member.roles] },
      path: '/member/report',
    });
    expect(refused).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      fieldErrors: { trainingGate: ['برای فرستادن گزارش عضو، گواهی معتبر دوره آموزش پایه لازم است؛ توضیح و پیوند دوره در همین صفحه آمده است.'] },
    });
    expect(refused.values).toMatchObject({ description: fields().description });
    const taken = await callAction(submitPublicReport, formOf(fields()), { address: '203.0.113.201', path: '/report' });
    expect(taken).toMatchObject({ ok: true, data: { trackingCode: expect.any(String) } });
  });
});
