// Publishing an outcome on the real database (issue #16, part A): the summaries and ticks the publish move
// needs, the preview that writes nothing, unpublishing with a reason, the public row following every move
// in and out of PUBLISHED and the reporter's rating, the county threshold, the Jalali calendar in SQL, and
// the scheduled rebuild equal to the one-report writes.
import { toJalaali } from 'jalaali-js';
import { describe, expect, it } from 'vitest';
import { PartlyDone } from '@/lib/actions/define-action';
import { toJalali } from '@/lib/i18n/format';
import { rateAnswer } from '@/lib/reports/rate-answer';
import { trackReport } from '@/lib/reports/track-report';
import { formatAuthorView } from '@/lib/reports/track-form';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { ANSWER, cast, closedReport, SUMMARY, type Cast } from '@/lib/testing/outcomes';
import { normalizeText, searchFold } from '@/lib/text/normalize';
import { transitionReport } from '@/lib/workflow/transition-report';
import { PROJECTED_COLUMNS } from './outcome-projection';
import { previewOutcome } from './preview-outcome';
import { publicOutcomeSelect, toPublicOutcomeView } from './public-view';
import { refreshPublicOutcomes } from './refresh-public-outcomes';
import { syncPublicOutcome } from './sync-public-outcome';

async function publish(c: Cast, r: Awaited<ReturnType<typeof closedReport>>, extra: Record<string, unknown> = {}) {
  return transitionReport({
    actor: c.national,
    reportId: r.reportId,
    action: 'publish',
    version: await r.version(),
    publicOutcome: SUMMARY,
    publicAnswer: ANSWER,
    confirmed: true,
    ...extra,
  });
}

const row = async (reportId: string) => (await seededDb()).publicOutcome.findUnique({ where: { reportId } });

describe('publishing an outcome', () => {
  it('needs both summaries and the confirmation, and the extra tick when the check warns; the preview writes nothing', async () => {
    const c = await cast();
    const r = await closedReport(c, { wantsContact: 'on', contactName: 'مریم کاظمی', contactPhone: '09121112233' });
    const noSummary = transitionReport({ actor: c.national, reportId: r.reportId, action: 'publish', version: await r.version(), confirmed: true });
    await expect(noSummary).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { publicOutcome: ['publicOutcomeShort'], publicAnswer: ['publicAnswerShort'] },
    });
    await expect(publish(c, r, { publicAnswer: 'کوتاه' })).rejects.toMatchObject({ fieldErrors: { publicAnswer: ['publicAnswerShort'] } });
    await expect(publish(c, r, { publicOutcome: 'ب'.repeat(2001) })).rejects.toMatchObject({ fieldErrors: { publicOutcome: ['publicOutcomeLong'] } });
    await expect(publish(c, r, { confirmed: false })).rejects.toMatchObject({ fieldErrors: { confirmed: ['confirmRequired'] } });

    // A phone number and the contact's name (spelled with Arabic letters) in the summary: the preview says so and writes nothing.
    const risky = `${SUMMARY} خانم كاظمي با شماره ۰۹۱۲ ۱۱۱ ۲۲۳۳ پیگیری کرد.`;
    // Stored and shown as every text is: Arabic-keyboard letters made Persian (lib/text).
    const riskyStored = normalizeText(risky);
    const audits = await r.db.auditEvent.count({ where: { objectId: r.reportId } });
    const previewed = await previewOutcome({ actor: c.national, reportId: r.reportId, publicOutcome: risky, publicAnswer: ANSWER, locale: 'fa' });
    if (previewed instanceof PartlyDone) throw previewed.error;
    expect(previewed.warnings.map((w) => w.kind).sort()).toEqual(['mobile', 'name']);
    expect(previewed.outcome).toMatchObject({ id: 'preview', summary: riskyStored, answerSummary: ANSWER, resolution: 'RESOLVED', county: null });
    expect(previewed.outcome.agencies).toHaveLength(1);
    expect(await row(r.reportId)).toBeNull();
    expect(await r.report()).toMatchObject({ status: 'CLOSED', publicOutcome: null, publicAnswer: null });
    expect(await r.db.auditEvent.count({ where: { objectId: r.reportId } })).toBe(audits);
    // Too short still previews, with the field error.
    const short = await previewOutcome({ actor: c.national, reportId: r.reportId, publicOutcome: 'کوتاه', publicAnswer: ANSWER, locale: 'fa' });
    expect(short).toBeInstanceOf(PartlyDone);
    // Only who may publish may preview: the name check must not answer anyone's guesses.
    const staff = await createActor(r.db, ['PROVINCE_STAFF'], { provinceId: 4 });
    await expect(previewOutcome({ actor: staff, reportId: r.reportId, publicOutcome: risky, publicAnswer: ANSWER, locale: 'fa' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    await expect(publish(c, r, { publicOutcome: risky })).rejects.toMatchObject({ fieldErrors: { warningsChecked: ['warningsUnchecked'] } });
    expect(await row(r.reportId)).toBeNull();
    await publish(c, r, { publicOutcome: risky, warningsChecked: true });
    expect(await r.report()).toMatchObject({ status: 'PUBLISHED', publicOutcome: riskyStored, publicAnswer: ANSWER });
    expect(await row(r.reportId)).toMatchObject({
      summary: riskyStored,
      answerSummary: ANSWER,
      resolution: 'RESOLVED',
      satisfied: null,
      agencyIds: [c.agencyId],
    });
    const event = await r.db.auditEvent.findFirstOrThrow({ where: { objectId: r.reportId, action: 'report.outcome_published' } });
    expect(event.meta).toEqual({ changed: ['publicOutcome', 'publicAnswer'], republished: false, warnings: 2, warningsAcknowledged: true });
    expect(JSON.stringify(event.meta)).not.toContain('کاظمی');
  });

  it('projects days, months and agencies, never the report: the public, the reporter and the preview read the same card', async () => {
    const c = await cast();
    const r = await closedReport(c);
    const preview = await previewOutcome({ actor: c.national, reportId: r.reportId, publicOutcome: SUMMARY, publicAnswer: ANSWER, locale: 'fa' });
    await publish(c, r);
    const report = await r.report();
    const referral = await r.db.referral.findFirstOrThrow({ where: { reportId: r.reportId } });
    const stored = (await row(r.reportId))!;
    const submitted = toJalali(report.submittedAt);
    expect(stored).toMatchObject({ year: submitted.jy, month: submitted.jm, kind: report.kind, categoryId: report.categoryId, provinceId: report.provinceId });
    const day = (d: Date | null) => (d ? toJalali(d) : null);
    expect(day(stored.referredOn)).toEqual(day(referral.referredAt));
    expect(day(stored.acknowledgedOn)).toEqual(day(referral.acknowledgedAt));
    expect(day(stored.answeredOn)).toEqual(day(referral.respondedAt));
    expect(day(stored.acceptedOn)).toEqual(day(referral.acceptedAt));
    expect(day(stored.publishedOn)).toEqual(day(report.publishedAt));

    const view = toPublicOutcomeView(
      await r.db.publicOutcome.findUniqueOrThrow({ where: { reportId: r.reportId }, select: publicOutcomeSelect }),
      new Map(),
      'fa',
    );
    expect(Object.keys(publicOutcomeSelect)).not.toContain('reportId');
    const json = JSON.stringify(view);
    for (const secret of [r.reportId, r.description, r.trackingCode, report.caseNumber!]) expect(json).not.toContain(secret);
    // The preview was this very row, but for its id and the day of publication.
    const comparable = (v: typeof view) => ({ ...v, id: null, publishedOn: null, agencies: v.agencies.length });
    expect(comparable((preview as { outcome: typeof view }).outcome)).toEqual({ ...comparable(view), agencies: 1 });
    // The reporter sees it on /track, as the public sees it.
    const tracked = formatAuthorView(await trackReport({ code: r.trackingCode, rateKey: `outcome-${uniqueSuffix()}` }), 'fa');
    expect(tracked.publishedOutcome).toMatchObject({ id: stored.id, summary: SUMMARY, answerSummary: ANSWER });
    expect(tracked.publishedOutcome!.agencies).toHaveLength(1);
    expect(JSON.stringify(tracked.publishedOutcome)).not.toContain(r.reportId);
  });

  it("follows the reporter's rating, and leaves with an upheld appeal while the summaries stay on the report", async () => {
    const c = await cast();
    const pleased = await closedReport(c);
    await publish(c, pleased);
    await rateAnswer({ code: pleased.trackingCode, satisfied: true, rateKey: `outcome-${uniqueSuffix()}` });
    // Not at once (the moment of rating would show), at the next scheduled refresh.
    expect(await row(pleased.reportId)).toMatchObject({ satisfied: null });
    await refreshPublicOutcomes();
    expect(await row(pleased.reportId)).toMatchObject({ satisfied: true });

    const appealed = await closedReport(c);
    await publish(c, appealed);
    await rateAnswer({ code: appealed.trackingCode, satisfied: false, rateKey: `outcome-${uniqueSuffix()}` });
    await refreshPublicOutcomes();
    expect(await row(appealed.reportId)).toMatchObject({ satisfied: false });
    await appealed.move(c.national, 'reopenOnAppeal', { note: 'گزارش‌دهنده می‌گوید هنوز خاموش است.' });
    expect((await appealed.report()).status).not.toBe('PUBLISHED');
    expect(await row(appealed.reportId)).toBeNull();
    expect(await appealed.report()).toMatchObject({ publicOutcome: SUMMARY, publicAnswer: ANSWER });
  });

  it('unpublishes with a reason for the staff and a confirmation, deleting the row in the same move; republishing starts again', async () => {
    const c = await cast();
    const r = await closedReport(c);
    await publish(c, r);
    const { closedAt } = await r.report();
    const first = (await row(r.reportId))!;
    const unpublish = async (extra: Record<string, unknown>) =>
      transitionReport({ actor: c.national, reportId: r.reportId, action: 'unpublish', version: await r.version(), ...extra });
    await expect(unpublish({ confirmed: true })).rejects.toMatchObject({ fieldErrors: { internalNote: ['reasonRequired'] } });
    // Only invisible characters (zero-width space, ZWNJ, a right-to-left override) are no reason (h16x review).
    await expect(unpublish({ internalNote: '\u200B\u200C\u202E', confirmed: true })).rejects.toMatchObject({
      fieldErrors: { internalNote: ['reasonRequired'] },
    });
    await expect(unpublish({ internalNote: 'نام محله در خلاصه است.' })).rejects.toMatchObject({ fieldErrors: { confirmed: ['confirmRequired'] } });
    const staff = await createActor(r.db, ['PROVINCE_STAFF'], { provinceId: 4 });
    await expect(
      transitionReport({ actor: staff, reportId: r.reportId, action: 'unpublish', version: await r.version(), internalNote: 'x', confirmed: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await row(r.reportId)).not.toBeNull();

    await unpublish({ internalNote: 'نام محله در خلاصه است.', confirmed: true });
    expect(await r.report()).toMatchObject({ status: 'CLOSED', publicOutcome: SUMMARY, publicAnswer: ANSWER, closedAt });
    expect(await row(r.reportId)).toBeNull();
    const step = await r.db.approval.findFirstOrThrow({ where: { reportId: r.reportId, decision: 'UNPUBLISH' } });
    expect(step).toMatchObject({ fromStatus: 'PUBLISHED', toStatus: 'CLOSED', internalNote: 'نام محله در خلاصه است.', publicNote: null });
    const event = await r.db.auditEvent.findFirstOrThrow({ where: { objectId: r.reportId, action: 'report.outcome_unpublished' } });
    expect(event).toMatchObject({ actorId: c.national.id, meta: { reason: 'نام محله در خلاصه است.' } });
    // The reporter's page no longer shows it.
    expect((await trackReport({ code: r.trackingCode, rateKey: `outcome-${uniqueSuffix()}` })).publishedOutcome).toBeNull();

    await publish(c, r, { publicAnswer: `${ANSWER} (بازنویسی)` });
    const again = (await row(r.reportId))!;
    expect(again.seq).toBeGreaterThan(first.seq);
    const republished = await r.db.auditEvent.findFirstOrThrow({
      where: { objectId: r.reportId, action: 'report.outcome_published' },
      orderBy: { at: 'desc' },
    });
    expect(republished.meta).toEqual({ changed: ['publicAnswer'], republished: true, warnings: 0, warningsAcknowledged: false });
  });

  it('names a county only from the threshold on (5), and withdraws it from every outcome there when one leaves', async () => {
    const c = await cast();
    const db = await seededDb();
    const provinceId = 30;
    const county = await db.county.findFirstOrThrow({ where: { provinceId, reports: { none: { status: 'PUBLISHED' } } }, orderBy: { id: 'desc' } });
    const reports: Awaited<ReturnType<typeof closedReport>>[] = [];
    for (let i = 0; i < 5; i++) reports.push(await closedReport(c, { provinceId: String(provinceId), countyId: String(county.id) }));
    for (const r of reports.slice(0, 4)) await publish(c, r);
    // The preview of the fifth counts itself: the county would show.
    const preview = await previewOutcome({ actor: c.national, reportId: reports[4]!.reportId, publicOutcome: SUMMARY, publicAnswer: ANSWER, locale: 'fa' });
    expect((preview as { outcome: { county: string | null } }).outcome.county).toBe(county.name);
    const counties = async () => (await db.publicOutcome.findMany({ where: { reportId: { in: reports.map((r) => r.reportId) } } })).map((o) => o.countyId);
    expect(await counties()).toEqual([null, null, null, null]);
    await publish(c, reports[4]!);
    expect(await counties()).toEqual([county.id, county.id, county.id, county.id, county.id]);
    await transitionReport({
      actor: c.national,
      reportId: reports[0]!.reportId,
      action: 'unpublish',
      version: await reports[0]!.version(),
      internalNote: 'دلیل',
      confirmed: true,
    });
    expect(await counties()).toEqual([null, null, null, null]);
  });

  it('rebuilds every row with one statement exactly as the one-report writes left them, and removes what no longer projects', async () => {
    const c = await cast();
    const db = await seededDb();
    const r = await closedReport(c);
    await publish(c, r);
    const columns = ['reportId', ...PROJECTED_COLUMNS] as const;
    const snapshot = async () =>
      (await db.publicOutcome.findMany({ orderBy: { reportId: 'asc' } })).map((o) => Object.fromEntries(columns.map((k) => [k, o[k as keyof typeof o]])));
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(0);
    // Nothing to do when every row is current.
    expect(await refreshPublicOutcomes()).toEqual({ upserted: 0, removed: 0 });
    // Rows lost, rows gone stale, a row whose report left PUBLISHED behind the workflow's back: the rebuild restores the one-report result.
    await db.publicOutcome.deleteMany({ where: { reportId: before[0]!.reportId as string } });
    await db.publicOutcome.update({ where: { reportId: r.reportId }, data: { summary: 'کهنه', satisfied: false, countyId: 1 } });
    const other = await closedReport(c);
    await publish(c, other);
    await db.$executeRaw`UPDATE "Report" SET status = 'CLOSED' WHERE id = ${other.reportId}::uuid`;
    expect(await refreshPublicOutcomes()).toEqual({ upserted: 2, removed: 1 });
    expect(await snapshot()).toEqual(before);
    // And the one-report write agrees with the rebuild on every row.
    await db.$transaction(async (tx) => {
      for (const o of before) expect(await syncPublicOutcome(tx, { reportId: o.reportId as string })).toEqual({ upserted: 0, removed: 0 });
    });
  });
});

describe('the projection calendar in SQL', () => {
  it('gives the Jalali year and month of every day, Esfand 29 and 30 included, as jalaali-js does', async () => {
    const db = await seededDb();
    const rows = await db.$queryRaw<{ day: Date; year: number; month: number }[]>`
      SELECT d::date AS day, sajam_jalali_year(d::date) AS year, sajam_jalali_month(d::date) AS month
      FROM generate_series('2019-01-01'::date, '2031-12-31'::date, '1 day') d`;
    const wrong = rows.filter(({ day, year, month }) => {
      const j = toJalaali(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
      return j.jy !== year || j.jm !== month;
    });
    expect(rows.length).toBeGreaterThan(4700);
    expect(wrong).toEqual([]);
  });

  it('takes the Tehran calendar day of an instant at 00:01 and 23:59 Tehran, across Nowruz and a leap Esfand 30', async () => {
    const db = await seededDb();
    const at = async (iso: string) => {
      const [r] = await db.$queryRaw<[{ year: number; month: number; day: Date }]>`
        SELECT sajam_jalali_year(sajam_tehran_day(${iso}::timestamp)) AS year, sajam_jalali_month(sajam_tehran_day(${iso}::timestamp)) AS month, sajam_tehran_day(${iso}::timestamp) AS day`;
      return r;
    };
    // 1403 is a leap year: Esfand 30 1403 = 20 March 2025; Farvardin 1 1404 = 21 March 2025 (Tehran +03:30).
    expect(await at('2025-03-20 20:29:00')).toMatchObject({ year: 1403, month: 12 }); // 23:59 Tehran, Esfand 30
    expect(await at('2025-03-20 20:31:00')).toMatchObject({ year: 1404, month: 1 }); // 00:01 Tehran, Farvardin 1
    expect((await at('2025-03-20 20:31:00')).day.toISOString()).toBe('2025-03-21T00:00:00.000Z');
    // 1404 is common: Esfand 29 1404 = 20 March 2026, the next day is Farvardin 1 1405.
    expect(await at('2026-03-20 20:29:00')).toMatchObject({ year: 1404, month: 12 });
    expect(await at('2026-03-20 20:31:00')).toMatchObject({ year: 1405, month: 1 });
    // Mid-year, a UTC date behind Tehran's: 00:01 Tehran on Mehr 1 is still the previous UTC day.
    expect(await at('2025-09-22 20:31:00')).toMatchObject({ year: 1404, month: 7 });
    expect(await at('2025-09-22 20:29:00')).toMatchObject({ year: 1404, month: 6 });
  });

  it('folds text for the name check exactly as the search folds it in the database', async () => {
    const db = await seededDb();
    const table = ['رضايي', 'كاظمي', 'رِضایی', 'آقای‌رضایی', 'أحمد إبراهيم', 'مؤمن', 'خانهٔ', 'ALI Rezaei', '\u200Fعلی\u200E', 'سـلام', 'ＡＢＣ۱۲۳٤٥'];
    const [{ folded }] = await db.$queryRaw<
      [{ folded: string[] }]
    >`SELECT array_agg(sajam_search_text(t) ORDER BY n) AS folded FROM unnest(${table}::text[]) WITH ORDINALITY AS x(t, n)`;
    expect(table.map(searchFold)).toEqual(folded);
  });
});
