import { afterEach, describe, expect, it } from 'vitest';
import { updateSettingsAction } from '@/app/(dashboard)/admin/settings/actions';
import type { AuditEventOf } from '@/lib/audit/events';
import { consumeLimit } from '@/lib/rate-limit/public-limits';
import { submitReport } from '@/lib/reports/submit-report';
import { callAction, formOf } from '@/lib/testing/call-action';
import { createTestCourse } from '@/lib/testing/course-fixtures';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, reportInput } from '@/lib/testing/reports';
import { sweepDeadlines } from '@/lib/workflow/deadline-sweep';
import { getSettings, invalidateSettings } from './get-settings';
import { listSettingsForAdmin } from './list-settings-for-admin';
import { SETTING_KEYS } from './registry';
import { updateSettings } from './update-settings';

const DAY = 86_400_000;

// The database is shared by the test files that follow: every override goes back to its default.
afterEach(async () => {
  const db = await seededDb();
  await db.setting.deleteMany();
  invalidateSettings();
});

describe('settings', () => {
  it('lets the administrator override a default, audited with before and after, and read at once through the accessor', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    if (!(await db.course.findUnique({ where: { slug: 'reporting-basics' } }))) await createTestCourse(db, { slug: 'reporting-basics' });
    expect(await getSettings()).toMatchObject({ coreReviewDays: 3, submitPerHour: 10, trainingGate: false });

    const { changed } = await updateSettings({
      actor: admin,
      values: { coreReviewDays: 4, provinceReviewDays: 5, trainingCourse: 'reporting-basics' },
      reset: [],
    });
    // The province's 5 days is the default already: nothing to store.
    expect(changed.sort()).toEqual(['coreReviewDays', 'trainingCourse']);
    expect(await db.setting.findMany({ orderBy: { key: 'asc' } })).toMatchObject([
      { key: 'coreReviewDays', value: 4, updatedById: admin.id },
      { key: 'trainingCourse', value: 'reporting-basics' },
    ]);
    // The cache of this process was cleared by the write.
    expect(await getSettings()).toMatchObject({ coreReviewDays: 4, provinceReviewDays: 5, trainingCourse: 'reporting-basics' });

    const events = await db.auditEvent.findMany({ where: { action: 'settings.updated', actorId: admin.id } });
    expect(events).toHaveLength(1);
    expect((events[0]!.meta as AuditEventOf<'settings.updated'>['meta']).changes).toEqual({
      coreReviewDays: { before: 3, after: 4, reset: false },
      trainingCourse: { before: null, after: 'reporting-basics', reset: false },
    });

    const listed = await listSettingsForAdmin({ actor: admin });
    expect(listed.map((s) => s.key)).toEqual(SETTING_KEYS);
    expect(listed.find((s) => s.key === 'coreReviewDays')).toMatchObject({ value: 4, defaultValue: 3, overridden: true, env: 'SAJAM_DEADLINE_CORE_DAYS' });
    expect(listed.find((s) => s.key === 'nationalReviewDays')).toMatchObject({ value: 7, defaultValue: 7, overridden: false, updatedAt: null });

    // Saving the same values again changes nothing and records nothing.
    expect((await updateSettings({ actor: admin, values: { coreReviewDays: 4 }, reset: [] })).changed).toEqual([]);
    // Reset to default deletes the row; the audit says what it was.
    await updateSettings({ actor: admin, values: {}, reset: ['coreReviewDays'] });
    expect(await db.setting.findUnique({ where: { key: 'coreReviewDays' } })).toBeNull();
    expect((await getSettings()).coreReviewDays).toBe(3);
    const last = await db.auditEvent.findFirstOrThrow({ where: { action: 'settings.updated', actorId: admin.id }, orderBy: { id: 'desc' } });
    expect((last.meta as AuditEventOf<'settings.updated'>['meta']).changes).toEqual({ coreReviewDays: { before: 4, after: 3, reset: true } });
  });

  it('refuses anyone but the administrator, and a wrong value writes nothing (one transaction)', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    await expect(updateSettings({ actor: national, values: { coreReviewDays: 1 }, reset: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listSettingsForAdmin({ actor: national })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateSettings({ actor: admin, values: { coreReviewDays: 0, submitPerHour: 2.5 }, reset: [] })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { coreReviewDays: ['reviewDays'], submitPerHour: ['perPeriod'] },
    });
    // The deadline is valid, the gate without a course is not: the deadline is not kept either.
    await expect(updateSettings({ actor: admin, values: { coreReviewDays: 2, trainingGate: true }, reset: [] })).rejects.toMatchObject({
      fieldErrors: { trainingCourse: ['courseRequired'] },
    });
    // The gate names a course members can take: not a typo, not the trainers' course, not one never published.
    const trainers = await createTestCourse(db, { audience: 'TRAINER' });
    const draft = await createTestCourse(db, { published: false });
    for (const [slug, error] of [
      ['no-such-course', 'courseUnknown'],
      [trainers.course.slug, 'courseUnknown'],
      [draft.course.slug, 'courseUnpublished'],
    ] as const)
      await expect(updateSettings({ actor: admin, values: { trainingGate: true, trainingCourse: slug }, reset: [] })).rejects.toMatchObject({
        fieldErrors: { trainingCourse: [error] },
      });
    expect(await db.setting.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'settings.updated', actorId: { in: [admin.id, national.id] } } })).toBe(0);
    expect((await getSettings()).coreReviewDays).toBe(3);
  });

  it('answers the form post with Persian field errors and the values kept; a valid post saves, the reset button resets', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const member = await createActor(db, ['MEMBER']);
    const as = (a: typeof admin) => ({ as: { id: a.id, name: a.name, roles: [...a.roles] } });

    expect(await callAction(updateSettingsAction, formOf({ coreReviewDays: '4' }), as(member))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const refused = await callAction(updateSettingsAction, formOf({ coreReviewDays: '۴', agencyAnswerDays: 'سی', otpPerHour: '0' }), as(admin));
    expect(refused.ok).toBe(false);
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(['agencyAnswerDays', 'otpPerHour']);
    expect(refused.fieldErrors!.agencyAnswerDays![0]).toMatch(/[\u0600-\u06FF]/);
    expect(refused.values).toMatchObject({ coreReviewDays: '۴', agencyAnswerDays: 'سی', otpPerHour: '0' });
    expect(await db.setting.count()).toBe(0);

    expect(await callAction(updateSettingsAction, formOf({ coreReviewDays: '۴', agencyAnswerDays: '30' }), as(admin))).toMatchObject({ ok: true });
    expect((await getSettings()).coreReviewDays).toBe(4);
    // "Reset to default" on one value: the other fields of the form are saved with it (here, unchanged).
    expect(await callAction(updateSettingsAction, formOf({ coreReviewDays: '4', agencyAnswerDays: '30', reset: 'coreReviewDays' }), as(admin))).toMatchObject({
      ok: true,
    });
    expect(await db.setting.count()).toBe(0);
  });

  it('caches per process until the TTL or a write, so another process follows within the TTL', async () => {
    const db = await seededDb();
    expect((await getSettings()).appealDays).toBe(30);
    // A write by another process (straight into the table): this one still serves what it read.
    await db.setting.create({ data: { key: 'appealDays', value: 10 } });
    expect((await getSettings()).appealDays).toBe(30);
    invalidateSettings(); // what the TTL does after 30 s
    expect((await getSettings()).appealDays).toBe(10);
    // A stored value outside today's range is ignored: the default applies.
    await db.setting.update({ where: { key: 'appealDays' }, data: { value: 9000 } });
    invalidateSettings();
    expect((await getSettings()).appealDays).toBe(30);
  });

  it("a changed stage deadline sets a new report's deadline, and a changed grace period moves the sweep", async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const province = 17;
    const core = await createCore(db, province);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: province });
    await createActor(db, ['CORE_HEAD'], { coreId: core.id, provinceId: province });
    await updateSettings({ actor: admin, values: { coreReviewDays: 1.5, escalateAfterDays: 0 }, reset: [] });

    const { reportId } = await submitReport({ actor: member, input: reportInput(), files: [], rateKey: `settings-${uniqueSuffix()}` });
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.stageDeadlineAt!.getTime() - report.submittedAt.getTime()).toBe(1.5 * DAY);

    // Past its deadline: reminded, and with no grace escalated on the next pass (the default would wait 2 days).
    const now = new Date(report.stageDeadlineAt!.getTime() + 60_000);
    await sweepDeadlines(now);
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).remindedAt).toEqual(now);
    await sweepDeadlines(new Date(now.getTime() + 60_000));
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).escalatedAt).not.toBeNull();
  });

  it('a changed public limit applies from the next request', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const client = `settings-limit-${uniqueSuffix()}`;
    await consumeLimit('track', client);
    await updateSettings({ actor: admin, values: { trackPer10Min: 2 }, reset: [] });
    await consumeLimit('track', client);
    await consumeLimit('track', client);
    await expect(consumeLimit('track', client)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await updateSettings({ actor: admin, values: {}, reset: ['trackPer10Min'] });
    await expect(consumeLimit('track', client)).resolves.toBeUndefined();
  });
});
