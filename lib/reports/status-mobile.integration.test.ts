import { describe, expect, it } from 'vitest';
import { deliverPending } from '@/lib/notify/deliver';
import type { Provider } from '@/lib/notify/providers';
import type { Db } from '@/lib/db/client';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
import { transitionReport } from '@/lib/workflow/transition-report';
import { confirmStatusMobile } from './confirm-status-mobile';
import { getReportForReview } from './get-report-for-review';
import { setStatusMobile } from './set-status-mobile';
import { submitReport } from './submit-report';
import { trackReport } from './track-report';
import { withdrawReport } from './withdraw-report';

const rateKey = () => `status-${uniqueSuffix()}`;
const mobile = () => `0935${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
const latin = (s: string) => s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
const persian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

/** The newest confirmation code queued for this number (before delivery the row holds it). */
async function codeSentTo(db: Db, number: string) {
  const row = await db.notification.findFirst({ where: { template: 'statusMobile.code', address: number }, orderBy: { createdAt: 'desc' } });
  return row ? latin(/[0-9۰-۹]{6}/.exec(row.body)![0]) : null;
}

/** A reporter with a confirmed status mobile. */
async function confirmedReport(db: Db, provinceId: number, number = mobile(), description?: string) {
  const { reportId, trackingCode } = await submitReport({
    actor: null,
    input: reportInput({ provinceId: String(provinceId), statusMobile: number, ...(description ? { description } : {}) }),
    files: [],
    rateKey: rateKey(),
  });
  await confirmStatusMobile({ code: trackingCode, otp: (await codeSentTo(db, number.replace(/^\+98/, '0')))!, rateKey: rateKey() });
  return { reportId, trackingCode, number };
}

const version = async (db: Db, id: string) => (await db.report.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe('status messages for a reporter', () => {
  it('keep the mobile encrypted and out of every projection, tell each new state and nothing else, and erase it when the case ends', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 31 });
    const number = mobile();
    const secret = `جزئیات-محرمانه-${uniqueSuffix()}`;
    const { reportId, trackingCode } = await confirmedReport(db, 31, number.replace(/^0/, '+98'), `${secret}: چراغ‌های کوچه سه ماه است خاموش مانده است.`);
    const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(row.statusMobileEnc).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain(number.slice(1));
    const review = JSON.stringify(await getReportForReview({ actor: staff, reportId }));
    expect(review).not.toContain(number.slice(1));
    expect(review).not.toContain('statusMobile');
    const tracked = await trackReport({ code: trackingCode, rateKey: rateKey() });
    expect(tracked.statusMessages).toBe(true);
    expect(JSON.stringify(tracked)).not.toContain(number.slice(1));

    await transitionReport({ actor: staff, reportId, action: 'requestInfo', version: 1, publicNote: 'کدام کوچه؟' });
    const sms = await db.notification.findMany({ where: { template: 'report.status', address: number } });
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toContain('«در انتظار پاسخ گزارش‌دهنده»'.slice(0, 1));
    expect(sms[0]!.body).not.toContain(secret);
    expect(sms[0]!.body).not.toContain('کدام کوچه');
    expect(sms[0]!.body).toContain('/track');

    // The reporter stops them on /track; starts them again (a new code to confirm); a bad number is refused in Persian terms.
    await expect(setStatusMobile({ code: trackingCode, mobile: '12345', rateKey: rateKey() })).rejects.toMatchObject({
      fieldErrors: { statusMobile: ['statusMobile'] },
    });
    await setStatusMobile({ code: trackingCode, mobile: '', rateKey: rateKey() });
    expect(await db.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ statusMobileEnc: null, statusMobilePendingEnc: null });
    await setStatusMobile({ code: trackingCode, mobile: persian(number), rateKey: rateKey() });
    await confirmStatusMobile({ code: trackingCode, otp: (await codeSentTo(db, number))!, rateKey: rateKey() });

    // The case ends: the last message goes, and the number with it.
    const v = await version(db, reportId);
    await db.report.update({ where: { id: reportId }, data: { status: 'PROVINCE_REVIEW', version: v + 1 } });
    await transitionReport({ actor: staff, reportId, action: 'reject', version: v + 1, publicNote: 'تکراری است.', confirmed: true });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).statusMobileEnc).toBeNull();
    expect(await db.notification.count({ where: { template: 'report.status', address: number } })).toBe(2);
    await expect(setStatusMobile({ code: trackingCode, mobile: number, rateKey: rateKey() })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('is nothing for a reporter who leaves nothing, and never for a member (their account is told)', async () => {
    const db = await seededDb();
    const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '31' }), files: [], rateKey: rateKey() });
    expect(await db.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ statusMobileEnc: null, statusMobilePendingEnc: null });
  });

  // Red-team of issue #13, finding 5: anyone could make Sajam text any number about "the report you follow".
  it('sends nothing but a neutral code to a number until the code comes back on /track', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 30 });
    const number = mobile();
    const { reportId, trackingCode } = await submitReport({
      actor: null,
      input: reportInput({ provinceId: '30', statusMobile: number }),
      files: [],
      rateKey: rateKey(),
    });
    expect(await db.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ statusMobileEnc: null, statusMobilePendingEnc: expect.any(String) });
    const [codeSms] = await db.notification.findMany({ where: { address: number } });
    expect(codeSms!.template).toBe('statusMobile.code');
    expect(codeSms!.body).toMatch(/^کد تأیید سجام: [۰-۹]{6}$/);
    expect((await trackReport({ code: trackingCode, rateKey: rateKey() })).statusMobilePending).toBe(true);

    // Not confirmed: a change of state reaches no one.
    await transitionReport({ actor: staff, reportId, action: 'requestInfo', version: 1, publicNote: 'کجا؟' });
    expect(await db.notification.count({ where: { template: 'report.status', address: number } })).toBe(0);

    // A wrong code is refused on its own field (the form's `code` is the tracking code); the right one turns them on.
    const right = (await codeSentTo(db, number))!;
    const wrong = right === '000000' ? '111111' : '000000';
    await expect(confirmStatusMobile({ code: trackingCode, otp: wrong, rateKey: rateKey() })).rejects.toMatchObject({
      fieldErrors: { statusMobileCode: ['otpWrong'] },
    });
    await confirmStatusMobile({ code: trackingCode, otp: persian(right), rateKey: rateKey() });
    const tracked = await trackReport({ code: trackingCode, rateKey: rateKey() });
    expect([tracked.statusMessages, tracked.statusMobilePending]).toEqual([true, false]);
    await expect(confirmStatusMobile({ code: trackingCode, otp: right, rateKey: rateKey() })).rejects.toMatchObject({ code: 'CONFLICT' });
    await withdrawReport({ code: trackingCode, reason: 'حل شد.', rateKey: rateKey() });
    expect(await db.notification.count({ where: { template: 'report.status', address: number } })).toBe(1);
  });

  // Finding 3: a delivered status message kept `0935***233` (7 of 11 digits) and `status:<reportId>:<version>`.
  it('keeps neither the number nor the report in the outbox once a status message is delivered or given up', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 29 });
    const { reportId, number } = await confirmedReport(db, 29);
    await transitionReport({ actor: staff, reportId, action: 'requestInfo', version: 1, publicNote: 'کجا؟' });
    const sent: string[] = [];
    const sms: Provider = { name: 'gateway', send: async (m) => void sent.push(m.to) };
    const down: Provider = { name: 'gateway', send: async () => Promise.reject(new Error('down')) };
    await deliverPending({ limit: 10_000, providers: { SMS: sms, EMAIL: sms } });
    expect(sent).toContain(number);
    // The next message fails for good (every attempt): given up, it keeps nothing either.
    await db.report.update({ where: { id: reportId }, data: { status: 'PROVINCE_REVIEW', version: { increment: 1 } } });
    await transitionReport({ actor: staff, reportId, action: 'approve', version: await version(db, reportId) });
    for (let i = 0; i < 6; i++) await deliverPending({ limit: 10_000, providers: { SMS: down, EMAIL: down } });

    const rows = await db.notification.findMany({
      where: { template: { in: ['report.status', 'statusMobile.code'] }, createdAt: { gt: new Date(Date.now() - 60_000) } },
    });
    const mine = rows.filter((r) => r.status !== 'PENDING');
    expect(mine.length).toBeGreaterThanOrEqual(3);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(`***${number.slice(-3)}`);
    expect(stored).not.toContain(number.slice(-7));
    expect(stored).not.toContain(persian(number.slice(-7)));
    expect(stored).not.toContain(reportId);
    for (const r of mine) expect(r.address).toBeNull();
  });

  // Finding 10: a repeat's reporter heard a bare "closed" and lost their number at that moment.
  it("lets a repeat's reporter follow the original's state, and erases their number when the original ends", async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 28 });
    const original = await confirmedReport(db, 28);
    const repeat = await confirmedReport(db, 28);
    const { caseNumber } = await db.report.findUniqueOrThrow({ where: { id: original.reportId }, select: { caseNumber: true } });
    await transitionReport({ actor: staff, reportId: repeat.reportId, action: 'markDuplicate', version: 1, duplicateOf: caseNumber!, confirmed: true });
    const joined = await db.notification.findMany({ where: { template: 'report.status', address: repeat.number } });
    expect(joined).toHaveLength(1);
    expect(joined[0]!.body).toContain('پیوست');
    expect(joined[0]!.body).toContain('در بررسی ستاد استان');
    expect((await db.report.findUniqueOrThrow({ where: { id: repeat.reportId } })).statusMobileEnc).toBeTruthy();

    await transitionReport({ actor: staff, reportId: original.reportId, action: 'approve', version: 1 });
    const heard = await db.notification.findMany({ where: { template: 'report.status', address: repeat.number }, orderBy: { createdAt: 'asc' } });
    expect(heard).toHaveLength(2);
    expect(heard[1]!.body).toContain('در بررسی ستاد ملی');

    // The original is withdrawn: its repeat's reporter hears a neutral end, and both numbers go.
    await withdrawReport({ code: original.trackingCode, reason: 'دیگر لازم نیست.', rateKey: rateKey() });
    const last = await db.notification.findFirst({ where: { template: 'report.status', address: repeat.number }, orderBy: { createdAt: 'desc' } });
    expect(last!.body).toContain('بدون نتیجه');
    expect(last!.body).not.toContain('پس گرفته');
    for (const id of [original.reportId, repeat.reportId])
      expect(await db.report.findUniqueOrThrow({ where: { id } })).toMatchObject({ statusMobileEnc: null, statusMobilePendingEnc: null });
  });
});
