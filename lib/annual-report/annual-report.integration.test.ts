import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import type { Db } from '@/lib/db/client';
import { toJalali } from '@/lib/i18n/format';
import { JOBS } from '@/lib/jobs/start-jobs';
import { getStorage } from '@/lib/storage';
import { withoutBackgroundJobs } from '@/lib/testing/jobs';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { failStuckAnnualReports } from './fail-stuck-annual-reports';
import { getAnnualReportFile } from './get-annual-report-file';
import { hashUpload } from './hash-upload';
import { listAnnualReports } from './list-annual-reports';
import { MAX_ACTIVE_PER_REQUESTER, requestAnnualReport } from './request-annual-report';
import { runAnnualReport } from './run-annual-report';
import { verifyAnnualReport } from './verify-annual-report';

const TEHRAN = 4;
const ISFAHAN = 6;
const CURRENT = toJalali(new Date()).jy;
const rateKey = () => `test-${uniqueSuffix()}`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const audits = (db: Db, action: string, objectId: string) => db.auditEvent.count({ where: { action, objectId } });

/** Makes every queued report now through the job's own entry, as its minute would (nothing else runs it: withoutBackgroundJobs). */
async function runAll(db: Db, id: string) {
  await JOBS['annual-report'].run();
  return db.annualReport.findUniqueOrThrow({ where: { id } });
}

withoutBackgroundJobs();

describe('annual report: request, job, download, verification', () => {
  it('the national office asks, the job makes and stores it, the stored bytes hash to the row, the code verifies it', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    // An earlier year than the other tests use, so nothing else in this file shares its scope and year.
    const { id, existing } = await requestAnnualReport({ actor: national, input: { year: CURRENT - 1 } });
    expect(existing).toBe(false);
    expect(await db.annualReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'QUEUED', percent: 0, scope: 'NATIONAL', year: CURRENT - 1 });
    expect(await audits(db, 'annual_report.requested', id)).toBe(1);

    const done = await runAll(db, id);
    expect(done).toMatchObject({ status: 'DONE', percent: 100, stage: null, activeKey: null, storageKey: `annual-reports/${id}.pdf`, error: null });
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());
    const stored = (await getStorage().get(done.storageKey!))!;
    expect(Buffer.from(stored.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(done.sha256).toBe(sha256(stored));
    expect(done.byteSize).toBe(stored.byteLength);

    // The list shows the code; the public page finds the report by it, typed any way, and compares hashes.
    const [listed] = (await listAnnualReports({ actor: national })).filter((r) => r.id === id);
    expect(listed!.verifyCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(done.verifyCodeHash).not.toContain(listed!.verifyCode!.replace('-', ''));
    const code = listed!.verifyCode!;
    const verified = await verifyAnnualReport({ code: code.toLowerCase().replace('-', ' '), rateKey: rateKey() });
    expect(verified).toMatchObject({ code, year: CURRENT - 1, scope: 'NATIONAL', sha256: done.sha256, matches: null });
    expect((await verifyAnnualReport({ code, sha256: done.sha256!.toUpperCase(), rateKey: rateKey() })).matches).toBe(true);
    expect((await verifyAnnualReport({ code, sha256: `${done.sha256}  sajam.pdf`, rateKey: rateKey() })).matches).toBe(true);
    // A modified byte: the uploaded file's hash no longer matches.
    const altered = Uint8Array.from(stored);
    altered[altered.length - 10]! ^= 1;
    expect((await verifyAnnualReport({ code, sha256: await hashUpload(new Blob([altered])), rateKey: rateKey() })).matches).toBe(false);
    expect((await verifyAnnualReport({ code, sha256: await hashUpload(new Blob([Uint8Array.from(stored)])), rateKey: rateKey() })).matches).toBe(true);
    await expect(verifyAnnualReport({ code, sha256: 'abc', rateKey: rateKey() })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { sha256: ['sha256'] },
    });
    await expect(verifyAnnualReport({ code: 'ZZZZZ-ZZZZZ', rateKey: rateKey() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(verifyAnnualReport({ code: 'not a code', rateKey: rateKey() })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Each download is audited once; the file is the stored one, under a Latin name.
    const file = await getAnnualReportFile({ actor: national, reportId: id });
    expect(file.filename).toBe(`sajam-annual-${CURRENT - 1}-national.pdf`);
    expect(sha256(file.bytes)).toBe(done.sha256);
    expect(await audits(db, 'annual_report.downloaded', id)).toBe(1);
    await getAnnualReportFile({ actor: national, reportId: id });
    expect(await audits(db, 'annual_report.downloaded', id)).toBe(2);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('one request per scope and year is in progress at a time: asking again returns it, unaudited', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const other = await createActor(db, ['NATIONAL_OFFICE']);
    const first = await requestAnnualReport({ actor: national, input: { year: CURRENT, provinceId: ISFAHAN } });
    const again = await requestAnnualReport({ actor: other, input: { year: CURRENT, provinceId: ISFAHAN } });
    expect(again).toEqual({ id: first.id, existing: true });
    expect(await audits(db, 'annual_report.requested', first.id)).toBe(1);
    // Another scope or year is another request; two asked at once still make one.
    const [a, b] = await Promise.all([
      requestAnnualReport({ actor: national, input: { year: CURRENT - 2 } }),
      requestAnnualReport({ actor: other, input: { year: CURRENT - 2 } }),
    ]);
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(first.id);
    expect(await db.annualReport.count({ where: { year: CURRENT - 2, scope: 'NATIONAL', status: { in: ['QUEUED', 'RUNNING'] } } })).toBe(1);
    // Once made, the same scope and year may be asked for again (a fresh document).
    expect((await runAll(db, first.id)).status).toBe('DONE');
    const later = await requestAnnualReport({ actor: national, input: { year: CURRENT, provinceId: ISFAHAN } });
    expect(later.existing).toBe(false);
    expect(later.id).not.toBe(first.id);
    await runAll(db, later.id);
  });

  it('one person has at most three requests in progress; a finished one frees a place', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const asked = [];
    for (const provinceId of [7, 8, 9]) asked.push(await requestAnnualReport({ actor: national, input: { year: CURRENT - 5, provinceId } }));
    expect(MAX_ACTIVE_PER_REQUESTER).toBe(3);
    await expect(requestAnnualReport({ actor: national, input: { year: CURRENT - 5, provinceId: 10 } })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { scope: ['busy'] },
    });
    // Asking again for one in progress is not a new request: still answered.
    expect(await requestAnnualReport({ actor: national, input: { year: CURRENT - 5, provinceId: 7 } })).toEqual({ id: asked[0]!.id, existing: true });
    // The table itself refuses a scope without its target (a CHECK constraint).
    await expect(db.annualReport.create({ data: { year: CURRENT - 5, scope: 'PROVINCE', provinceId: null, requestedById: national.id } })).rejects.toThrow();
    await expect(db.annualReport.create({ data: { year: CURRENT - 5, scope: 'NATIONAL', provinceId: 7, requestedById: national.id } })).rejects.toThrow();
    // Another person is not held by this one's requests.
    const other = await createActor(db, ['NATIONAL_OFFICE']);
    const theirs = await requestAnnualReport({ actor: other, input: { year: CURRENT - 5, provinceId: 10 } });
    await runAll(db, theirs.id);
    expect((await requestAnnualReport({ actor: national, input: { year: CURRENT - 5, provinceId: 11 } })).existing).toBe(false);
    await runAll(db, asked[0]!.id);
  });

  it('province staff ask for their own province only, and see and download only their province’s reports', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const tehran = await createActor(db, ['PROVINCE_STAFF'], { provinceId: TEHRAN });
    const isfahan = await createActor(db, ['PROVINCE_STAFF'], { provinceId: ISFAHAN });
    const member = await createActor(db, ['MEMBER']);
    const agency = await db.agency.findFirstOrThrow({ select: { id: true } });

    const own = await requestAnnualReport({ actor: tehran, input: { year: CURRENT - 3 } });
    expect(await db.annualReport.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ scope: 'PROVINCE', provinceId: TEHRAN });
    await expect(requestAnnualReport({ actor: tehran, input: { year: CURRENT, provinceId: ISFAHAN } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(requestAnnualReport({ actor: tehran, input: { year: CURRENT, agencyId: agency.id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(requestAnnualReport({ actor: member, input: { year: CURRENT } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAnnualReports({ actor: member })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const nationalReport = await requestAnnualReport({ actor: national, input: { year: CURRENT - 3, agencyId: agency.id } });
    await runAll(db, own.id);
    await runAll(db, nationalReport.id);
    expect((await getAnnualReportFile({ actor: tehran, reportId: own.id })).filename).toBe(`sajam-annual-${CURRENT - 3}-province-tehran.pdf`);
    for (const [actor, reportId] of [
      [isfahan, own.id],
      [tehran, nationalReport.id],
      [member, own.id],
      [null, own.id],
    ] as const)
      await expect(getAnnualReportFile({ actor, reportId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAnnualReportFile({ actor: national, reportId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await audits(db, 'annual_report.downloaded', own.id)).toBe(1);
    expect(await audits(db, 'annual_report.downloaded', nationalReport.id)).toBe(0);

    const tehranList = await listAnnualReports({ actor: tehran });
    expect(tehranList.map((r) => r.id)).toContain(own.id);
    expect(tehranList.every((r) => r.scope === 'PROVINCE' && r.province?.nameEn === 'Tehran')).toBe(true);
    expect((await listAnnualReports({ actor: isfahan })).map((r) => r.id)).not.toContain(own.id);
    expect((await listAnnualReports({ actor: national })).map((r) => r.id)).toEqual(expect.arrayContaining([own.id, nationalReport.id]));
  });

  it('refuses a year outside 1390..now and a province together with an agency', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const agency = await db.agency.findFirstOrThrow({ select: { id: true } });
    await expect(requestAnnualReport({ actor: national, input: { year: 1389 } })).rejects.toMatchObject({ name: 'ZodError' });
    await expect(requestAnnualReport({ actor: national, input: { year: CURRENT + 1 } })).rejects.toMatchObject({ name: 'ZodError' });
    await expect(requestAnnualReport({ actor: national, input: { year: CURRENT, provinceId: TEHRAN, agencyId: agency.id } })).rejects.toMatchObject({
      name: 'ZodError',
    });
    await expect(requestAnnualReport({ actor: national, input: { year: CURRENT, agencyId: '00000000-0000-4000-8000-000000000000' } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('the sweep fails a run stuck for over 15 minutes, which frees its scope and year; a requester who lost the role fails safely', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const { id } = await requestAnnualReport({ actor: national, input: { year: CURRENT - 4 } });
    const startedAt = new Date(Date.now() - 16 * 60_000);
    await db.annualReport.update({ where: { id }, data: { status: 'RUNNING', stage: 'rendering', percent: 55, startedAt } });
    const recent = await requestAnnualReport({ actor: national, input: { year: CURRENT - 5 } });
    await db.annualReport.update({ where: { id: recent.id }, data: { status: 'RUNNING', stage: 'figures', percent: 10, startedAt: new Date() } });

    expect(await failStuckAnnualReports()).toBeGreaterThanOrEqual(1);
    expect(await db.annualReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', error: 'STUCK', activeKey: null, stage: null });
    expect((await db.annualReport.findUniqueOrThrow({ where: { id: recent.id } })).status).toBe('RUNNING');
    expect((await requestAnnualReport({ actor: national, input: { year: CURRENT - 4 } })).existing).toBe(false);
    await db.annualReport.update({ where: { id: recent.id }, data: { status: 'FAILED', activeKey: null } });

    const leaving = await createActor(db, ['NATIONAL_OFFICE']);
    const asked = await requestAnnualReport({ actor: leaving, input: { year: CURRENT - 6 } });
    await db.user.update({ where: { id: leaving.id }, data: { roles: ['MEMBER'] } });
    const failed = await runAll(db, asked.id);
    expect(failed).toMatchObject({ status: 'FAILED', error: 'ACCESS', storageKey: null, verifyCodeHash: null });
    expect(await runAnnualReport()).toBeNull();
  });
});
