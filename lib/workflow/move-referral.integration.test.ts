// A referral's whole life on the real database (issue #14): two agencies, clarification relayed to the
// reporter, an answer sent back and answered again, acceptance closing the report, the reporter's appeal.
import { describe, expect, it } from 'vitest';
import { listReferrals } from '@/lib/agencies/list-referrals';
import { getReferralForAgency } from '@/lib/agencies/get-referral';
import { dismissAppeal } from '@/lib/agencies/decide-appeal';
import { rateAnswer } from '@/lib/reports/rate-answer';
import { submitReport } from '@/lib/reports/submit-report';
import { trackReport } from '@/lib/reports/track-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
import { moveReferral, type MoveReferralOptions } from './move-referral';
import { transitionReport } from './transition-report';

const rateKey = () => `ref-${uniqueSuffix()}`;

async function referredToTwo() {
  const db = await seededDb();
  const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 8 });
  const national = await createActor(db, ['NATIONAL_OFFICE']);
  const [a, b, c] = await Promise.all(['environment', 'health-ministry', 'police'].map((slug) => db.agency.findUniqueOrThrow({ where: { slug } })));
  const liaisonA = await createActor(db, ['AGENCY_LIAISON'], { agencyId: a!.id });
  const liaisonB = await createActor(db, ['AGENCY_LIAISON'], { agencyId: b!.id });
  const liaisonC = await createActor(db, ['AGENCY_LIAISON'], { agencyId: c!.id });
  const { reportId, trackingCode } = await submitReport({ actor: null, input: reportInput({ provinceId: '8' }), files: [], rateKey: rateKey() });
  await transitionReport({ actor: staff, reportId, action: 'approve', version: 1 });
  await transitionReport({ actor: national, reportId, action: 'approve', version: 2 });
  await transitionReport({
    actor: national,
    reportId,
    action: 'refer',
    version: 3,
    agencyIds: [a!.id, b!.id],
    coveringNote: 'لطفاً تا پایان ماه بررسی کنید.',
    confirmed: true,
  });
  const ref = async (agencyId: string) => db.referral.findUniqueOrThrow({ where: { reportId_agencyId: { reportId, agencyId } } });
  const move = async (actor: typeof national, agencyId: string, o: Omit<MoveReferralOptions, 'by' | 'referralId' | 'version'>) => {
    const r = await ref(agencyId);
    return moveReferral({ by: { kind: 'person', actor }, referralId: r.id, version: r.version, ...o });
  };
  const status = async () => (await db.report.findUniqueOrThrow({ where: { id: reportId } })).status;
  return { db, national, a: a!, b: b!, c: c!, liaisonA, liaisonB, liaisonC, reportId, trackingCode, ref, move, status };
}

describe('a referral to two agencies', () => {
  it('follows each agency to its answer, and the report follows its referrals to CLOSED', async () => {
    const t = await referredToTwo();
    expect(await t.status()).toBe('REFERRED');
    const first = await t.ref(t.a.id);
    expect(first).toMatchObject({ status: 'PENDING', coveringNote: 'لطفاً تا پایان ماه بررسی کنید.' });
    expect(first.acknowledgeDueAt!.getTime()).toBeLessThan(first.answerDueAt!.getTime());
    // Each liaison sees only their agency's referral: another agency's is NOT_FOUND, like one that does not exist.
    // (Other tests refer to the same seeded agencies at the same time: check membership, not the whole list.)
    const inbox = (await listReferrals({ actor: t.liaisonA, limit: 200 })).items;
    expect(inbox.map((r) => r.id)).toContain(first.id);
    expect(inbox.every((r) => r.agency.name === t.a.name)).toBe(true);
    await expect(getReferralForAgency({ actor: t.liaisonC, referralId: first.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(t.move(t.liaisonC, t.a.id, { action: 'acknowledge' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A staff move is not the agency's, and the other way round.
    await expect(t.move(t.national, t.a.id, { action: 'acknowledge' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await t.move(t.liaisonA, t.a.id, { action: 'acknowledge' });
    expect(await t.status()).toBe('ACKNOWLEDGED');
    // Clarification: the agency asks, staff relay it to the reporter (in their own words), the reporter answers
    // on /track, staff answer the agency. Neither side sees the other.
    await t.move(t.liaisonA, t.a.id, { action: 'requestClarification', note: 'دقیقاً کدام کوچه؟' });
    await expect(t.move(t.liaisonA, t.a.id, { action: 'respond', note: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await t.move(t.national, t.a.id, { action: 'relayToReporter', note: 'کارشناسان می‌پرسند محل دقیقاً در کدام کوچه است؟' });
    const tracked = await trackReport({ code: t.trackingCode, rateKey: rateKey() });
    expect(tracked.messages.map((m) => m.body)).toContain('کارشناسان می‌پرسند محل دقیقاً در کدام کوچه است؟');
    expect(JSON.stringify(tracked)).not.toContain('دقیقاً کدام کوچه؟');
    await t.move(t.national, t.a.id, { action: 'clarify', note: 'کوچه سوم، روبه‌روی مدرسه.' });
    const seen = await getReferralForAgency({ actor: t.liaisonA, referralId: first.id });
    expect(seen.referral.history.map((h) => h.kind)).toEqual(['REFERRED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', 'CLARIFIED']);
    expect(JSON.stringify(seen)).not.toContain('کارشناسان می‌پرسند');

    await t.move(t.liaisonA, t.a.id, { action: 'respond', note: 'پسماندها جمع‌آوری شد.', outcome: 'FIXED' });
    expect(await t.status()).toBe('ACKNOWLEDGED'); // the other agency has not answered
    await t.move(t.liaisonB, t.b.id, { action: 'respond', note: 'بازدید شد.' });
    expect(await t.status()).toBe('RESPONDED');
    // Evaluation: B's answer goes back with what is missing, and a fresh answer period.
    await t.move(t.national, t.b.id, { action: 'sendBack', note: 'نتیجه بازدید را بنویسید.' });
    expect((await t.ref(t.b.id)).status).toBe('SENT_BACK');
    expect(await t.status()).toBe('ACKNOWLEDGED');
    await t.move(t.liaisonB, t.b.id, { action: 'acknowledge' });
    await t.move(t.liaisonB, t.b.id, { action: 'respond', note: 'آب آلوده بود؛ منبع بسته شد.' });
    await expect(t.move(t.national, t.a.id, { action: 'accept', resolution: 'RESOLVED' })).rejects.toMatchObject({
      fieldErrors: { confirmed: ['confirmRequired'] },
    });
    await t.move(t.national, t.a.id, { action: 'accept', resolution: 'RESOLVED', confirmed: true });
    expect(await t.status()).toBe('RESPONDED');
    await t.move(t.national, t.b.id, { action: 'accept', resolution: 'RESOLVED', confirmed: true });
    const closed = await t.db.report.findUniqueOrThrow({ where: { id: t.reportId } });
    expect(closed).toMatchObject({ status: 'CLOSED', resolution: 'RESOLVED' });
    expect(closed.closedAt).not.toBeNull();
    // The steps the report took because of its referrals are on its history, as nobody's choice.
    const steps = await t.db.approval.findMany({ where: { reportId: t.reportId, decision: 'FOLLOW_REFERRALS' }, orderBy: { createdAt: 'asc' } });
    expect(steps.map((s) => s.toStatus)).toEqual(['ACKNOWLEDGED', 'RESPONDED', 'ACKNOWLEDGED', 'RESPONDED', 'CLOSED']);
    // Each side was told of the other's moves.
    expect(await t.db.notification.count({ where: { template: 'referral.agencyMoved', userId: t.national.id } })).toBeGreaterThanOrEqual(3);
    expect(await t.db.notification.count({ where: { template: 'referral.sentBack', userId: t.liaisonB.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: 'referral.moved', objectId: first.id } })).toBe(6);

    // The reporter sees the follow-up in public wording, without the words of questions or send-backs.
    const after = await trackReport({ code: t.trackingCode, rateKey: rateKey() });
    expect(after.followUp).toHaveLength(2);
    expect(after.followUp.find((f) => f.agency.name === t.a.name)!.steps.map((s) => s.kind)).toEqual([
      'REFERRED',
      'ACKNOWLEDGED',
      'CLARIFICATION_REQUESTED',
      'RESPONDED',
      'ACCEPTED',
    ]);
    expect(JSON.stringify(after)).not.toContain('نتیجه بازدید را بنویسید.');
    expect(after.canRate).toBe(true);

    // Not satisfied, within the window: an appeal opens; the national office sends B back, the case reopens.
    await rateAnswer({ code: t.trackingCode, satisfied: false, comment: 'منبع هنوز باز است.', rateKey: rateKey() });
    await expect(rateAnswer({ code: t.trackingCode, satisfied: true, rateKey: rateKey() })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await t.db.notification.count({ where: { template: 'report.appealed', userId: t.national.id } })).toBe(1);
    expect((await listReferrals({ actor: t.national, filters: { view: 'appeals' } })).items.map((r) => r.reportId)).toContain(t.reportId);
    await t.move(t.national, t.b.id, { action: 'reopenOnAppeal', note: 'گزارش‌دهنده می‌گوید منبع هنوز باز است.' });
    expect(await t.status()).toBe('ACKNOWLEDGED');
    const upheld = await t.db.reportRating.findUniqueOrThrow({ where: { reportId: t.reportId } });
    expect(upheld).toMatchObject({ appealStatus: 'UPHELD', appealNote: null });
    // The words sent back to the agency are not the reporter's to read.
    expect(JSON.stringify(await trackReport({ code: t.trackingCode, rateKey: rateKey() }))).not.toContain('گزارش‌دهنده می‌گوید منبع هنوز باز است.');
    await expect(dismissAppeal({ actor: t.national, reportId: t.reportId, note: 'دیر' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it("dismisses an anonymous reporter's appeal with a note the reporter reads", async () => {
    const t = await referredToTwo();
    for (const [liaison, agency] of [
      [t.liaisonA, t.a],
      [t.liaisonB, t.b],
    ] as const) {
      await t.move(liaison, agency.id, { action: 'respond', note: 'انجام شد.' });
      await t.move(t.national, agency.id, { action: 'accept', resolution: 'RESOLVED', confirmed: true });
    }
    await rateAnswer({ code: t.trackingCode, rateKey: rateKey(), satisfied: false });
    // (The report is anonymous: its submitter is NULL, which once made the dismissal find nothing.)
    await expect(dismissAppeal({ actor: t.liaisonA, reportId: t.reportId, note: 'x x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await dismissAppeal({ actor: t.national, reportId: t.reportId, note: 'گزارش بازدید نشان می‌دهد منبع بسته شده است.' });
    const tracked = await trackReport({ code: t.trackingCode, rateKey: rateKey() });
    expect(tracked.rating).toMatchObject({ appealStatus: 'DISMISSED', dismissalNote: 'گزارش بازدید نشان می‌دهد منبع بسته شده است.' });
    expect(await t.status()).toBe('CLOSED');
  });

  it('re-routes: a declined referral leaves the report approved, and the same agency or another may be chosen again', async () => {
    const t = await referredToTwo();
    await t.move(t.liaisonA, t.a.id, { action: 'decline', note: 'این موضوع در حوزه شهرداری است.' });
    expect(await t.status()).toBe('REFERRED');
    await t.move(t.liaisonB, t.b.id, { action: 'decline', note: 'مسئول نیستیم.' });
    expect(await t.status()).toBe('APPROVED');
    expect((await listReferrals({ actor: t.national, filters: { view: 'declined' } })).items.map((r) => r.reportId)).toContain(t.reportId);
    const version = (await t.db.report.findUniqueOrThrow({ where: { id: t.reportId } })).version;
    await transitionReport({ actor: t.national, reportId: t.reportId, action: 'refer', version, agencyIds: [t.c.id, t.a.id], confirmed: true });
    expect(await t.status()).toBe('REFERRED');
    // The declined referral was reopened (one per agency and report), its history kept.
    const reopened = await t.ref(t.a.id);
    expect(reopened.status).toBe('PENDING');
    expect(await t.db.referralEvent.count({ where: { referralId: reopened.id } })).toBe(3);
    // A live referral cannot be doubled.
    await expect(
      transitionReport({ actor: t.national, reportId: t.reportId, action: 'refer', version: version + 1, agencyIds: [t.c.id], confirmed: true }),
    ).rejects.toMatchObject({ fieldErrors: { agencyId: ['agencyAlreadyReferred'] } });
  });

  it('records an Open311 update once however often it is sent, and refuses a stale version', async () => {
    const t = await referredToTwo();
    const r = await t.ref(t.a.id);
    const byKey = { kind: 'apiKey' as const, apiKeyId: '00000000-0000-7000-8000-000000000001', agencyId: t.a.id };
    const once = await moveReferral({
      by: byKey,
      referralId: r.id,
      action: 'progress',
      note: 'بازدید برنامه‌ریزی شد.',
      agencyStatus: 'ACTION_SCHEDULED',
      updateId: 'u-1',
    });
    const twice = await moveReferral({
      by: byKey,
      referralId: r.id,
      action: 'progress',
      note: 'بازدید برنامه‌ریزی شد.',
      agencyStatus: 'ACTION_SCHEDULED',
      updateId: 'u-1',
    });
    expect(twice).toMatchObject({ duplicate: true, eventId: once.eventId });
    expect(await t.db.referralEvent.count({ where: { referralId: r.id, updateId: 'u-1' } })).toBe(1);
    expect((await t.ref(t.a.id)).acknowledgedAt).not.toBeNull();
    // Another update under a used update_id is refused, not silently dropped.
    await expect(
      moveReferral({ by: byKey, referralId: r.id, action: 'decline', note: 'مسئول نیستیم.', agencyStatus: 'NOT_RESPONSIBLE', updateId: 'u-1' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    // Another agency's key does not reach it.
    await expect(moveReferral({ by: { ...byKey, agencyId: t.b.id }, referralId: r.id, action: 'acknowledge' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A person acting on what they saw before is told someone moved first.
    await expect(
      moveReferral({ by: { kind: 'person', actor: t.liaisonA }, referralId: r.id, version: 1, action: 'respond', note: 'x x' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});
