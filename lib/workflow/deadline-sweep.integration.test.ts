import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { listReviewQueue } from '@/lib/reports/list-review-queue';
import { submitReport } from '@/lib/reports/submit-report';
import { trackReport } from '@/lib/reports/track-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, reportInput } from '@/lib/testing/reports';
import { sweepDeadlines } from './deadline-sweep';
import { deadlinePolicy } from './deadlines';
import { transitionReport } from './transition-report';
import { getEnv } from '@/lib/env';
import { settingDefaults } from '@/lib/settings/registry';

const DAY = 86_400_000;
const policy = deadlinePolicy(settingDefaults(getEnv({})));

describe('sweepDeadlines', () => {
  it('reminds the stage once, then escalates to the level above, which may then act; a move clears both', async () => {
    const db = await seededDb();
    const province = 13;
    const core = await createCore(db, province);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: province });
    const head = await createActor(db, ['CORE_HEAD'], { coreId: core.id, provinceId: province });
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: province });
    const otherStaff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: province + 1 });
    const { reportId, trackingCode } = await submitReport({ actor: member, input: reportInput(), files: [], rateKey: `sweep-${uniqueSuffix()}` });
    const { reportId: fresh } = await submitReport({ actor: member, input: reportInput(), files: [], rateKey: `sweep-${uniqueSuffix()}` });

    // Four days later the core head has not acted (deadline: 3 days).
    const submitted = (await db.report.findUniqueOrThrow({ where: { id: reportId } })).submittedAt;
    await db.report.update({ where: { id: reportId }, data: { stageDeadlineAt: new Date(Date.now() - DAY) } });
    const now = new Date();

    const first = await sweepDeadlines(now, policy);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    let report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.remindedAt).toEqual(now);
    expect(report.escalatedAt).toBeNull();
    expect(report.version).toBe(1);
    expect(await db.notification.count({ where: { userId: head.id, template: 'report.overdue', body: { contains: reportId } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: staff.id, body: { contains: reportId } } })).toBe(0);
    expect((await db.report.findUniqueOrThrow({ where: { id: fresh } })).remindedAt).toBeNull();

    // Running again (or a second worker) sends nothing new.
    await sweepDeadlines(now, policy);
    expect(await db.notification.count({ where: { userId: head.id, template: 'report.overdue', body: { contains: reportId } } })).toBe(1);
    // The head was told once when the member's report entered the core's queue (announce.ts).
    expect(await db.notification.count({ where: { userId: head.id, template: 'report.entered', body: { contains: reportId } } })).toBe(1);
    expect((await listReviewQueue({ actor: staff })).items.map((r) => r.id)).not.toContain(reportId);

    // Two more days past the deadline: escalated to the province.
    const later = new Date(now.getTime() + 1.5 * DAY);
    const second = await sweepDeadlines(later, policy);
    expect(second.escalated).toBeGreaterThanOrEqual(1);
    report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.escalatedAt).toEqual(later);
    expect(report.version).toBe(2);
    expect(report.status).toBe('CORE_REVIEW');
    expect(await db.approval.count({ where: { reportId, decision: 'ESCALATE', actorId: null } })).toBe(1);
    expect(await db.notification.count({ where: { userId: staff.id, template: 'report.escalated', body: { contains: reportId } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: otherStaff.id, body: { contains: reportId } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { objectId: reportId, action: { in: ['report.reminded', 'report.escalated'] } } })).toBe(2);

    // The province sees it in its queue, marked, and may take the core's decision; the core head still may too.
    const queued = (await listReviewQueue({ actor: staff })).items.find((r) => r.id === reportId);
    expect(queued).toMatchObject({ escalated: true, overdue: true });
    await expect(transitionReport({ actor: otherStaff, reportId, action: 'approve', version: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(transitionReport({ actor: head, reportId, action: 'approve', version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await transitionReport({ actor: staff, reportId, action: 'approve', version: 2 })).toEqual({ status: 'PROVINCE_REVIEW' });
    report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({ remindedAt: null, escalatedAt: null });
    expect(report.stageDeadlineAt!.getTime()).toBeGreaterThan(submitted.getTime());

    // The reporter's timeline shows status changes only, not the internal escalation.
    const tracked = await trackReport({ code: trackingCode, rateKey: `sweep-${uniqueSuffix()}` });
    expect(tracked.timeline.map((s) => s.status)).toEqual(['CORE_REVIEW', 'PROVINCE_REVIEW']);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('only reminds at the national stage: there is no level above it', async () => {
    const db = await seededDb();
    const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '15' }), files: [], rateKey: `sweep-${uniqueSuffix()}` });
    await db.report.update({ where: { id: reportId }, data: { status: 'NATIONAL_REVIEW', stageDeadlineAt: new Date(Date.now() - 30 * DAY) } });
    const now = new Date();
    await sweepDeadlines(now, policy);
    await sweepDeadlines(new Date(now.getTime() + 30 * DAY), policy);
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.remindedAt).toEqual(now);
    expect(report.escalatedAt).toBeNull();
    // Thirty days on, the sweep escalates every other suite's waiting reports in the shared test database too
    // (what it queued is set aside when this file ends: lib/testing/setup.ts).
  }, 240_000);

  it('never reminds twice when two workers sweep at once', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 16 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await submitReport({ actor: null, input: reportInput({ provinceId: '16' }), files: [], rateKey: `sweep-${uniqueSuffix()}` })).reportId);
    await db.report.updateMany({ where: { id: { in: ids } }, data: { stageDeadlineAt: new Date(Date.now() - DAY) } });
    const now = new Date();
    await Promise.all([sweepDeadlines(now, policy), sweepDeadlines(now, policy), sweepDeadlines(now, policy)]);
    for (const id of ids) expect(await db.notification.count({ where: { userId: staff.id, template: 'report.overdue', body: { contains: id } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { objectId: { in: ids }, action: 'report.reminded' } })).toBe(5);
  });
});
