import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, reportInput } from '@/lib/testing/reports';
import { transitionReport } from '@/lib/workflow/transition-report';
import { moveReferral } from '@/lib/workflow/move-referral';
import { assignReport } from './assign-report';
import { getReportForReview } from './get-report-for-review';
import { submitReport } from './submit-report';

const rateKey = () => `assign-${uniqueSuffix()}`;

describe('assignReport', () => {
  it('assigns a case among the reviewers of its stage and scope, audited and announced, and a move to another stage clears it', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 27 });
    const colleague = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 27 });
    const elsewhere = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 28 });
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const core = await createCore(db, 27);
    const head = await createActor(db, ['CORE_HEAD'], { provinceId: 27, coreId: core.id });
    const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '27' }), files: [], rateKey: rateKey() });

    await expect(assignReport({ actor: staff, reportId, assigneeId: colleague.id })).resolves.toMatchObject({ assignee: { id: colleague.id } });
    const report = await db.report.findUniqueOrThrow({
      where: { id: reportId },
      select: { assigneeId: true, assignedAt: true, version: true, caseNumber: true },
    });
    expect(report).toMatchObject({ assigneeId: colleague.id, version: 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'report.assigned', objectId: reportId } });
    expect(event).toMatchObject({ actorId: staff.id, meta: { status: 'PROVINCE_REVIEW', from: null, to: colleague.id } });
    const message = await db.notification.findFirstOrThrow({ where: { userId: colleague.id, template: 'report.assigned' } });
    expect(message.body).toContain(report.caseNumber!.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!));
    expect(message.body).toContain(`/reports/${reportId}`);
    // The reviewer page shows who works on it.
    const view = await getReportForReview({ actor: staff, reportId });
    expect(view.viewer === 'reviewer' && view.assignee).toEqual({ id: colleague.id, name: expect.any(String) });

    // Only the stage's reviewers in scope can be assigned; only they can assign; others do not see the case.
    for (const other of [elsewhere.id, head.id, national.id, '01a209be-6ca4-749b-be5d-e68031b0c0de'])
      await expect(assignReport({ actor: staff, reportId, assigneeId: other })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(assignReport({ actor: elsewhere, reportId, assigneeId: elsewhere.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assignReport({ actor: national, reportId, assigneeId: national.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(assignReport({ actor: staff, reportId: 'not-a-uuid', assigneeId: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Assignment does not change who may act: the assigner still moves the case; the move clears it.
    await transitionReport({ actor: staff, reportId, action: 'approve', version: 1 });
    expect(await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { assigneeId: true, assignedAt: true } })).toEqual({
      assigneeId: null,
      assignedAt: null,
    });
    // At the national stage the national office assigns among its own.
    await expect(assignReport({ actor: national, reportId, assigneeId: national.id })).resolves.toMatchObject({ assignee: { id: national.id } });
    // Self-assignment sends no message to oneself.
    expect(await db.notification.count({ where: { userId: national.id, template: 'report.assigned' } })).toBe(0);
    // Unassigning is audited too.
    await assignReport({ actor: national, reportId, assigneeId: null });
    expect(await db.auditEvent.count({ where: { action: 'report.assigned', objectId: reportId } })).toBe(3);
  });

  it('keeps the assignee while the reporter is asked for information, and lets the level above assign once escalated', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 29 });
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '29' }), files: [], rateKey: rateKey() });
    await assignReport({ actor: staff, reportId, assigneeId: staff.id });
    await transitionReport({ actor: staff, reportId, action: 'requestInfo', version: 1, publicNote: 'نشانی دقیق کوچه را بنویسید.' });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).assigneeId).toBe(staff.id);

    const other = await submitReport({ actor: null, input: reportInput({ provinceId: '29' }), files: [], rateKey: rateKey() });
    await db.report.update({ where: { id: other.reportId }, data: { escalatedAt: new Date(), stageDeadlineAt: new Date(Date.now() - 86_400_000) } });
    await expect(assignReport({ actor: national, reportId: other.reportId, assigneeId: national.id })).resolves.toMatchObject({
      assignee: { id: national.id },
    });
    await expect(assignReport({ actor: staff, reportId: other.reportId, assigneeId: staff.id })).resolves.toMatchObject({ assignee: { id: staff.id } });
  });
});

describe('who is told when a case reaches them', () => {
  it('tells the core heads when a member report enters or comes back to their queue, and the liaisons when a case is referred to their agency', async () => {
    const db = await seededDb();
    const core = await createCore(db, 30);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 30 });
    const head = await createActor(db, ['CORE_HEAD'], { coreId: core.id, provinceId: 30 });
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 30 });
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const agency = await db.agency.findUniqueOrThrow({ where: { slug: 'inspection' } });
    const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id });
    const otherLiaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: (await db.agency.findUniqueOrThrow({ where: { slug: 'police' } })).id });
    const { reportId } = await submitReport({ actor: member, input: reportInput(), files: [], rateKey: rateKey() });
    const told = (userId: string, template: string) => db.notification.count({ where: { userId, template, body: { contains: reportId } } });
    expect(await told(head.id, 'report.entered')).toBe(1);
    expect(await told(member.id, 'report.entered')).toBe(0);

    await transitionReport({ actor: head, reportId, action: 'approve', version: 1 });
    await transitionReport({ actor: staff, reportId, action: 'return', version: 2, publicNote: 'لطفاً نشانی دقیق را از عضو بپرسید.' });
    expect(await told(head.id, 'report.entered')).toBe(2);
    await transitionReport({ actor: head, reportId, action: 'approve', version: 3 });
    await transitionReport({ actor: staff, reportId, action: 'approve', version: 4 });
    await transitionReport({ actor: national, reportId, action: 'approve', version: 5 });
    await transitionReport({ actor: national, reportId, action: 'refer', version: 6, agencyIds: [agency.id], confirmed: true });
    // The agency's message links to its referral in the portal.
    const { id: referralId } = await db.referral.findFirstOrThrow({ where: { reportId, agencyId: agency.id } });
    const toAgency = (userId: string) =>
      db.notification.count({ where: { userId, template: 'referral.received', body: { contains: `/agency/referrals/${referralId}` } } });
    expect(await toAgency(liaison.id)).toBe(1);
    expect(await toAgency(otherLiaison.id)).toBe(0);
    const { caseNumber } = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { caseNumber: true } });
    const message = await db.notification.findFirstOrThrow({ where: { userId: liaison.id, template: 'referral.received' } });
    expect(message.body).toContain(caseNumber!.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!));
  });
});

describe('withdrawing a referral made by mistake', () => {
  it('takes it back before the agency acknowledges it: the agency loses the report and is told, the report can be referred anew', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 12 });
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const [wrong, right] = await Promise.all([
      db.agency.findUniqueOrThrow({ where: { slug: 'police' } }),
      db.agency.findUniqueOrThrow({ where: { slug: 'inspection' } }),
    ]);
    const wrongLiaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: wrong.id });
    const rightLiaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: right.id });
    const { reportId, trackingCode } = await submitReport({ actor: null, input: reportInput({ provinceId: '12' }), files: [], rateKey: rateKey() });
    await transitionReport({ actor: staff, reportId, action: 'approve', version: 1 });
    await transitionReport({ actor: national, reportId, action: 'approve', version: 2 });
    await transitionReport({ actor: national, reportId, action: 'refer', version: 3, agencyIds: [wrong.id], confirmed: true });
    expect((await getReportForReview({ actor: wrongLiaison, reportId })).viewer).toBe('agency');

    // Only the national office, with a reason.
    const referral = await db.referral.findFirstOrThrow({ where: { reportId, agencyId: wrong.id } });
    const withdraw = (actor: typeof national, note?: string) =>
      moveReferral({ by: { kind: 'person', actor }, referralId: referral.id, action: 'withdraw', version: 1, note });
    await expect(withdraw(wrongLiaison, 'x')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(withdraw(national)).rejects.toMatchObject({ fieldErrors: { note: ['noteRequired'] } });
    await withdraw(national, 'به اشتباه به این دستگاه ارجاع شد.');
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe('APPROVED');
    expect(await db.referral.findFirstOrThrow({ where: { reportId, agencyId: wrong.id } })).toMatchObject({
      status: 'WITHDRAWN',
      withdrawReason: 'به اشتباه به این دستگاه ارجاع شد.',
    });
    await expect(getReportForReview({ actor: wrongLiaison, reportId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.notification.count({ where: { userId: wrongLiaison.id, template: 'referral.withdrawn' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { objectId: referral.id, action: 'referral.moved', meta: { path: ['action'], equals: 'withdraw' } } })).toBe(1);

    await transitionReport({ actor: national, reportId, action: 'refer', version: 5, agencyIds: [right.id], confirmed: true });
    expect((await getReportForReview({ actor: rightLiaison, reportId })).viewer).toBe('agency');
    const { trackReport } = await import('./track-report');
    expect((await trackReport({ code: trackingCode, rateKey: rateKey() })).referredTo).toEqual([{ name: right.name, nameEn: right.nameEn }]);

    // Once acknowledged it cannot be withdrawn.
    const second = await db.referral.findFirstOrThrow({ where: { reportId, agencyId: right.id } });
    await moveReferral({ by: { kind: 'person', actor: rightLiaison }, referralId: second.id, action: 'acknowledge', version: 1 });
    await expect(
      moveReferral({ by: { kind: 'person', actor: national }, referralId: second.id, action: 'withdraw', version: 2, note: 'دیر است.' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
