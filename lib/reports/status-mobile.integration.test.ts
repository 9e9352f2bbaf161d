import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
import { transitionReport } from '@/lib/workflow/transition-report';
import { getReportForReview } from './get-report-for-review';
import { setStatusMobile } from './set-status-mobile';
import { submitReport } from './submit-report';
import { trackReport } from './track-report';

const rateKey = () => `status-${uniqueSuffix()}`;
const mobile = () => `0935${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

describe('status messages for a reporter', () => {
  it('keep the mobile encrypted and out of every projection, tell each new state and nothing else, and erase it when the case ends', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 31 });
    const number = mobile();
    const secret = `جزئیات-محرمانه-${uniqueSuffix()}`;
    const { reportId, trackingCode } = await submitReport({
      actor: null,
      input: reportInput({ provinceId: '31', statusMobile: number.replace(/^0/, '+98'), description: `${secret}: چراغ‌های کوچه سه ماه است خاموش مانده است.` }),
      files: [],
      rateKey: rateKey(),
    });
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

    // The reporter stops them on /track; starts them again; a bad number is refused in Persian terms.
    await expect(setStatusMobile({ code: trackingCode, mobile: '12345', rateKey: rateKey() })).rejects.toMatchObject({
      fieldErrors: { statusMobile: ['statusMobile'] },
    });
    await setStatusMobile({ code: trackingCode, mobile: '', rateKey: rateKey() });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).statusMobileEnc).toBeNull();
    await setStatusMobile({ code: trackingCode, mobile: number.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!), rateKey: rateKey() });

    // The case ends: the last message goes, and the number with it.
    const { version } = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    await db.report.update({ where: { id: reportId }, data: { status: 'PROVINCE_REVIEW', version: version + 1 } });
    await transitionReport({ actor: staff, reportId, action: 'reject', version: version + 1, publicNote: 'تکراری است.', confirmed: true });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).statusMobileEnc).toBeNull();
    expect(await db.notification.count({ where: { template: 'report.status', address: number } })).toBe(2);
    await expect(setStatusMobile({ code: trackingCode, mobile: number, rateKey: rateKey() })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('is nothing for a reporter who leaves nothing, and never for a member (their account is told)', async () => {
    const db = await seededDb();
    const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '31' }), files: [], rateKey: rateKey() });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).statusMobileEnc).toBeNull();
  });
});
