import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, expectViewer, reportInput } from '@/lib/testing/reports';
import { getReportForReview } from './get-report-for-review';
import { revealIdentity } from './reveal-identity';
import { submitReport } from './submit-report';

const reveals = (db: Awaited<ReturnType<typeof seededDb>>, reportId: string) =>
  db.auditEvent.count({ where: { objectId: reportId, action: 'report.identity_revealed' } });

describe('revealIdentity', () => {
  it('shows contact details only on request, to reviewers in scope, and audits every reveal', async () => {
    const db = await seededDb();
    const { reportId } = await submitReport({
      actor: null,
      input: reportInput({ provinceId: '11', wantsContact: 'on', contactName: 'مریم', contactPhone: '09121112233' }),
      files: [],
      rateKey: `r-${uniqueSuffix()}`,
    });
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 11 });
    const page = expectViewer(await getReportForReview({ actor: staff, reportId: reportId }), 'reviewer');
    expect(page.identityRevealable).toBe(true);
    expect(JSON.stringify(page)).not.toContain('09121112233');
    expect(await reveals(db, reportId)).toBe(0);

    expect(await revealIdentity({ actor: staff, reportId: reportId })).toEqual({ member: null, contact: { name: 'مریم', phone: '09121112233', email: null } });
    await revealIdentity({ actor: staff, reportId: reportId });
    const events = await db.auditEvent.findMany({ where: { objectId: reportId, action: 'report.identity_revealed' } });
    expect(events).toHaveLength(2);
    expect(events[0]!.actorId).toBe(staff.id);
    expect(JSON.stringify(events.map((e) => [e.meta, e.objectType, e.action]))).not.toContain('09121112233');

    const elsewhere = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 12 });
    await expect(revealIdentity({ actor: elsewhere, reportId: reportId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names a member who did not hide, never one who did, and never to an agency', async () => {
    const db = await seededDb();
    const core = await createCore(db, 12);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 12 });
    const head = await createActor(db, ['CORE_HEAD'], { coreId: core.id });
    const open = await submitReport({ actor: member, input: reportInput(), files: [], rateKey: `r-${uniqueSuffix()}` });
    const page = await getReportForReview({ actor: head, reportId: open.reportId });
    expect(JSON.stringify(page)).not.toContain(member.name);
    expect((await revealIdentity({ actor: head, reportId: open.reportId })).member).toMatchObject({
      name: member.name,
      membershipCode: expect.stringMatching(/^T-/),
    });
    expect(await reveals(db, open.reportId)).toBe(1);

    const hidden = await submitReport({ actor: member, input: reportInput({ hideIdentity: 'on' }), files: [], rateKey: `r-${uniqueSuffix()}` });
    expect(await revealIdentity({ actor: head, reportId: hidden.reportId })).toEqual({ member: null, contact: null });
    expect(await reveals(db, hidden.reportId)).toBe(0);

    const agency = await db.agency.findFirstOrThrow();
    await db.referral.create({ data: { reportId: open.reportId, agencyId: agency.id } });
    const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id });
    await expect(revealIdentity({ actor: liaison, reportId: open.reportId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(revealIdentity({ actor: member, reportId: open.reportId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
