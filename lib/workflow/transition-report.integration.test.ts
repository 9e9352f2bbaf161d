import { describe, expect, it } from 'vitest';
import { replyAsReporter } from '@/lib/reports/reply-as-reporter';
import { submitReport } from '@/lib/reports/submit-report';
import { trackReport } from '@/lib/reports/track-report';
import { listReviewQueue } from '@/lib/reports/list-review-queue';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, reportInput } from '@/lib/testing/reports';
import { transitionReport } from './transition-report';
import { moveReferral } from './move-referral';
import { listReferrals } from '@/lib/agencies/list-referrals';

const rateKey = () => `wf-${uniqueSuffix()}`;

describe('transitionReport', () => {
  it('takes a member report core head → province → national office → approved, with one step each', async () => {
    const db = await seededDb();
    const core = await createCore(db, 9);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 9 });
    const head = await createActor(db, ['CORE_HEAD', 'MEMBER'], { coreId: core.id, provinceId: 9 });
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 9 });
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const { reportId, trackingCode } = await submitReport({ actor: member, input: reportInput(), files: [], rateKey: rateKey() });

    expect((await listReviewQueue({ actor: head })).items.map((r) => r.id)).toContain(reportId);
    expect((await listReviewQueue({ actor: staff })).items.map((r) => r.id)).not.toContain(reportId);
    expect(await transitionReport({ actor: head, reportId, action: 'approve', version: 1 })).toEqual({ status: 'PROVINCE_REVIEW' });
    expect((await listReviewQueue({ actor: staff })).items.map((r) => r.id)).toContain(reportId);
    expect(await transitionReport({ actor: staff, reportId, action: 'approve', version: 2, publicNote: 'صحت گزارش تأیید شد.' })).toEqual({
      status: 'NATIONAL_REVIEW',
    });
    expect(await transitionReport({ actor: national, reportId, action: 'approve', version: 3, internalNote: 'اولویت بالا' })).toEqual({ status: 'APPROVED' });

    const steps = await db.approval.findMany({ where: { reportId }, orderBy: { createdAt: 'asc' } });
    expect(steps.map((s) => s.toStatus)).toEqual(['CORE_REVIEW', 'PROVINCE_REVIEW', 'NATIONAL_REVIEW', 'APPROVED']);
    expect(await db.auditEvent.count({ where: { objectId: reportId, action: 'report.transition' } })).toBe(3);

    const tracked = await trackReport({ code: trackingCode, rateKey: rateKey() });
    expect(tracked.status).toBe('APPROVED');
    expect(tracked.timeline.map((s) => s.publicNote)).toContain('صحت گزارش تأیید شد.');
    expect(JSON.stringify(tracked)).not.toContain('اولویت بالا');
  });

  it('asks the reporter a question; the answer returns the report to the stage that asked', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 12 });
    const { reportId, trackingCode } = await submitReport({ actor: null, input: reportInput({ provinceId: '12' }), files: [], rateKey: rateKey() });

    await transitionReport({ actor: staff, reportId, action: 'requestInfo', version: 1, publicNote: 'نشانی دقیق‌تر محل را بنویسید.' });
    const asked = await trackReport({ code: trackingCode, rateKey: rateKey() });
    expect(asked).toMatchObject({ status: 'NEEDS_INFO', awaitingAnswer: true });
    expect(asked.messages).toMatchObject([{ author: 'STAFF', body: 'نشانی دقیق‌تر محل را بنویسید.' }]);

    expect(await replyAsReporter({ code: trackingCode, body: 'کوچه شهید رضایی، پلاک ۱۲', files: [], rateKey: rateKey() })).toMatchObject({
      status: 'PROVINCE_REVIEW',
    });
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({ status: 'PROVINCE_REVIEW', version: 3, resumeStatus: null });
  });

  it('lets exactly one of two reviewers acting on the same version succeed', async () => {
    const db = await seededDb();
    const a = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 14 });
    const b = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 14 });
    const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '14' }), files: [], rateKey: rateKey() });

    const results = await Promise.allSettled([
      transitionReport({ actor: a, reportId, action: 'approve', version: 1 }),
      transitionReport({ actor: b, reportId, action: 'reject', version: 1, publicNote: 'تکراری است.', confirmed: true }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await db.approval.count({ where: { reportId } })).toBe(2);
  });

  it('hides reports outside scope (404), refuses moves not theirs (403), and never lets a submitter review their own report', async () => {
    const db = await seededDb();
    const core = await createCore(db, 15);
    const head = await createActor(db, ['CORE_HEAD', 'MEMBER'], { coreId: core.id, provinceId: 15 });
    const otherProvince = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 16 });
    const sameProvince = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 15 });
    const { reportId } = await submitReport({ actor: head, input: reportInput(), files: [], rateKey: rateKey() });

    await expect(transitionReport({ actor: otherProvince, reportId, action: 'approve', version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(transitionReport({ actor: sameProvince, reportId, action: 'approve', version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(transitionReport({ actor: head, reportId, action: 'approve', version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listReviewQueue({ actor: head })).items.map((r) => r.id)).not.toContain(reportId);
    await expect(transitionReport({ actor: sameProvince, reportId: 'not-a-uuid', action: 'approve', version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('requires a note the reporter will read to reject or ask', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 17 });
    const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '17' }), files: [], rateKey: rateKey() });
    await expect(transitionReport({ actor: staff, reportId, action: 'reject', version: 1, publicNote: '  ' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { publicNote: ['noteRequired'] },
    });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe('PROVINCE_REVIEW');
  });

  it('refers an approved report to an agency, whose answer the reporter then reads on /track', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 18 });
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const agency = await db.agency.findUniqueOrThrow({ where: { slug: 'environment' } });
    const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id });
    const otherLiaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: (await db.agency.findUniqueOrThrow({ where: { slug: 'police' } })).id });
    const { reportId, trackingCode } = await submitReport({ actor: null, input: reportInput({ provinceId: '18' }), files: [], rateKey: rateKey() });

    await transitionReport({ actor: staff, reportId, action: 'approve', version: 1 });
    await transitionReport({ actor: national, reportId, action: 'approve', version: 2 });
    await expect(transitionReport({ actor: national, reportId, action: 'refer', version: 3 })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { agencyId: ['agencyRequired'] },
    });
    // A referral cannot be undone: without the tick it is refused, with it it goes.
    await expect(transitionReport({ actor: national, reportId, action: 'refer', version: 3, agencyIds: [agency.id] })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { confirmed: ['confirmRequired'] },
    });
    await transitionReport({ actor: national, reportId, action: 'refer', version: 3, agencyIds: [agency.id], confirmed: true });

    const { id: referralId } = await db.referral.findFirstOrThrow({ where: { reportId, agencyId: agency.id } });
    const by = (actor: typeof liaison) => ({ kind: 'person' as const, actor });
    await expect(moveReferral({ by: by(otherLiaison), referralId, action: 'acknowledge', version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listReferrals({ actor: liaison })).items.map((r) => r.reportId)).toContain(reportId);
    await moveReferral({ by: by(liaison), referralId, action: 'acknowledge', version: 1 });
    await moveReferral({ by: by(liaison), referralId, action: 'respond', version: 2, note: 'محل بازدید شد و پسماندها جمع‌آوری شد.' });

    const tracked = await trackReport({ code: trackingCode, rateKey: rateKey() });
    expect(tracked.status).toBe('RESPONDED');
    expect(tracked.agencyAnswer).toMatchObject({ agency: agency.name, response: 'محل بازدید شد و پسماندها جمع‌آوری شد.' });
  });
});
