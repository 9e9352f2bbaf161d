import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, expectViewer, reportInput } from '@/lib/testing/reports';
import { getStorage } from '@/lib/storage';
import { cleanupOrphanUploads } from '@/lib/attachments/cleanup-orphans';
import { revealIdentity } from './reveal-identity';
import { getReportForReview } from './get-report-for-review';
import { submitReport } from './submit-report';
import { trackReport } from './track-report';

const rateKey = () => `test-${uniqueSuffix()}`;

describe('submitReport', () => {
  it('records an anonymous report at the provincial review with its first step and audit event, keeping only a hash of the code', async () => {
    const db = await seededDb();
    const { reportId, trackingCode } = await submitReport({ actor: null, input: reportInput(), files: [], rateKey: rateKey() });
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, include: { approvals: true } });
    expect(report).toMatchObject({ status: 'PROVINCE_REVIEW', coreId: null, submitterId: null, provinceId: 4, version: 1 });
    expect(report.approvals).toMatchObject([{ decision: 'SUBMIT', toStatus: 'PROVINCE_REVIEW', actorId: null }]);
    expect(report.stageDeadlineAt!.getTime() - report.submittedAt.getTime()).toBe(5 * 86_400_000);
    expect(JSON.stringify(report)).not.toContain(trackingCode.replace(/-/g, ''));
    expect(JSON.stringify(report)).not.toContain(trackingCode);
    expect(await db.auditEvent.count({ where: { action: 'report.submit', objectId: reportId, actorId: null } })).toBe(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);

    const tracked = await trackReport({ code: trackingCode.toLowerCase().replace(/-/g, ' '), rateKey: rateKey() });
    expect(tracked).toMatchObject({ status: 'PROVINCE_REVIEW', canReply: true, awaitingAnswer: false });
  });

  it('returns the same code for a double submit of one form, and stores one report', async () => {
    const db = await seededDb();
    const input = reportInput();
    const first = await submitReport({ actor: null, input, files: [], rateKey: rateKey() });
    const again = await submitReport({ actor: null, input, files: [], rateKey: rateKey() });
    expect(again).toEqual({ ...first, duplicate: true });

    const racing = reportInput();
    const results = await Promise.all(Array.from({ length: 5 }, () => submitReport({ actor: null, input: racing, files: [], rateKey: rateKey() })));
    expect(new Set(results.map((r) => r.trackingCode)).size).toBe(1);
    expect(await db.report.count({ where: { id: results[0]!.reportId } })).toBe(1);
    expect(new Set(results.map((r) => r.reportId)).size).toBe(1);
  });

  it('takes 200 concurrent submissions: 200 rows, 200 distinct codes, no errors', async () => {
    const db = await seededDb();
    const before = await db.report.count();
    const results = await Promise.all(Array.from({ length: 200 }, () => submitReport({ actor: null, input: reportInput(), files: [], rateKey: rateKey() })));
    expect(await db.report.count()).toBe(before + 200);
    expect(new Set(results.map((r) => r.trackingCode)).size).toBe(200);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  }, 120_000);

  it("puts a member's report in their core head's queue, and can hide who they are", async () => {
    const db = await seededDb();
    const core = await createCore(db, 6);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 6 });
    const head = await createActor(db, ['CORE_HEAD'], { coreId: core.id });
    const { reportId } = await submitReport({ actor: member, input: reportInput({ provinceId: '4', hideIdentity: 'on' }), files: [], rateKey: rateKey() });

    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({ status: 'CORE_REVIEW', coreId: core.id, provinceId: 6, submitterId: member.id, hideIdentity: true });
    const seen = expectViewer(await getReportForReview({ actor: head, reportId: reportId }), 'reviewer');
    expect(seen.submittedByMember).toBe(true);
    expect(seen.identityRevealable).toBe(false);
    await expect(revealIdentity({ actor: head, reportId: reportId })).resolves.toEqual({ member: null, contact: null });
    expect(seen.actions.map((a) => a.action)).toEqual(['approve', 'reject', 'requestInfo', 'markDuplicate']);
    expect(JSON.stringify(seen)).not.toContain(member.name);
  });

  it('refuses references that do not fit together, naming the field', async () => {
    const db = await seededDb();
    const isfahan = await db.county.findUniqueOrThrow({ where: { provinceId_name: { provinceId: 6, name: 'اصفهان' } } });
    const input = reportInput({ provinceId: '4', countyId: String(isfahan.id) }); // Tehran province, Isfahan county
    await expect(submitReport({ actor: null, input, files: [], rateKey: rateKey() })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { countyId: ['county'] },
    });
    await expect(submitReport({ actor: null, input: reportInput({ categoryId: '999' }), files: [], rateKey: rateKey() })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { categoryId: ['category'] },
    });
  });

  it('answers RATE_LIMITED after 10 submissions an hour from one client', async () => {
    await seededDb();
    const key = rateKey();
    for (let i = 0; i < 10; i++) await submitReport({ actor: null, input: reportInput(), files: [], rateKey: key });
    await expect(submitReport({ actor: null, input: reportInput(), files: [], rateKey: key })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('stores attachments cleaned of metadata under random names, and cleanup spares them but removes orphans', async () => {
    const db = await seededDb();
    const photo = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#123456' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Secret Reporter' } })
      .toBuffer();
    const file = new File([new Uint8Array(photo)], 'IMG_home_address.jpg', { type: 'image/jpeg' });
    const { reportId } = await submitReport({ actor: null, input: reportInput(), files: [file], rateKey: rateKey() });

    const [attachment] = await db.attachment.findMany({ where: { reportId } });
    expect(attachment).toMatchObject({ mimeType: 'image/jpeg' });
    expect(attachment!.storageKey).not.toContain('IMG');
    const stored = Buffer.from((await getStorage().get(attachment!.storageKey))!);
    expect(stored.includes('Secret Reporter')).toBe(false);

    const orphan = randomUUID();
    await getStorage().put(orphan, new Uint8Array([1]), 'image/jpeg');
    const removed = await cleanupOrphanUploads({ olderThanMs: 0, now: Date.now() + 1000 });
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await getStorage().get(orphan)).toBeNull();
    expect(await getStorage().get(attachment!.storageKey)).not.toBeNull();
  });

  it('refuses a file that is not an allowed type, whatever its name, and stores nothing', async () => {
    const db = await seededDb();
    const before = await db.report.count();
    const fake = new File([new TextEncoder().encode('#!/bin/sh\nrm -rf /')], 'photo.jpg', { type: 'image/jpeg' });
    await expect(submitReport({ actor: null, input: reportInput(), files: [fake], rateKey: rateKey() })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { attachments: ['attachments.type'] },
    });
    expect(await db.report.count()).toBe(before);
  });
});

describe('case numbers', () => {
  it("numbers each province's reports in sequence within the Jalali year, even when sent at the same instant, and a resubmission takes none", async () => {
    const db = await seededDb();
    const province = await db.province.findUniqueOrThrow({ where: { id: 9 }, select: { code: true } });
    const first = reportInput({ provinceId: '9' });
    const sent = await Promise.all(
      [first, ...Array.from({ length: 5 }, () => reportInput({ provinceId: '9' }))].map((input) =>
        submitReport({ actor: null, input, files: [], rateKey: rateKey() }),
      ),
    );
    // The same form again (a double tap): the first report's number, no new one.
    await submitReport({ actor: null, input: first, files: [], rateKey: rateKey() });
    const rows = await db.report.findMany({ where: { id: { in: sent.map((s) => s.reportId) } }, select: { caseNumber: true } });
    const numbers = rows.map((r) => r.caseNumber!).sort();
    const year = (await import('@/lib/i18n/format')).toJalali(new Date()).jy;
    expect(numbers.every((n) => n.startsWith(`${year}-${province.code}-`))).toBe(true);
    const sequence = numbers.map((n) => Number(n.split('-')[2]));
    expect(sequence).toEqual(Array.from({ length: 6 }, (_, i) => sequence[0]! + i));
    const counter = await db.caseSequence.findUniqueOrThrow({ where: { provinceId_year: { provinceId: 9, year } } });
    expect(counter.last).toBe(sequence[5]);
  });
});

describe('submission tokens', () => {
  it("are bound to who sends them: a member's token replayed anonymously is another report, never the member’s code", async () => {
    const db = await seededDb();
    const core = await createCore(db, 11);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 11 });
    const input = reportInput();
    const mine = await submitReport({ actor: member, input, files: [], rateKey: rateKey() });
    const replayed = await submitReport({ actor: null, input: { ...input, provinceId: 11 }, files: [], rateKey: rateKey() });
    expect(replayed.trackingCode).not.toBe(mine.trackingCode);
    expect(replayed.duplicate).toBe(false);
    // The member's own retry still finds their first report.
    expect(await submitReport({ actor: member, input, files: [], rateKey: rateKey() })).toMatchObject({
      reportId: mine.reportId,
      trackingCode: mine.trackingCode,
      duplicate: true,
    });
  });
});
