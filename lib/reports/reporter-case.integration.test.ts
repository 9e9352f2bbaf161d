// The reporter's side of a case (issue #13): what /track shows of their own report, opening their
// attachments without the code in a URL, withdrawing while under review, adding information, and a
// member's «گزارش‌های من».
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { trackAction } from '@/app/(public)/track/actions';
import { GET as getAttachment } from '@/app/api/attachments/[id]/route';
import { signReporterLink } from '@/lib/attachments/reporter-link';
import { reporterLinkKey } from '@/lib/attachments/reporter-attachment-href';
import { callAction, formOf } from '@/lib/testing/call-action';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, expectViewer, reportInput } from '@/lib/testing/reports';
import { transitionReport } from '@/lib/workflow/transition-report';
import { getReportForReview } from './get-report-for-review';
import { listOwnReports } from './list-review-queue';
import { submitReport } from './submit-report';
import type { TrackView } from './track-form';
import { withdrawReport } from './withdraw-report';
import { replyAsReporter } from './reply-as-reporter';
import { authorCaseAction } from '@/app/(dashboard)/reports/[id]/actions';

async function image(color = '#3355aa'): Promise<File> {
  const bytes = await sharp({ create: { width: 16, height: 16, channels: 3, background: color } })
    .withExif({ IFD0: { Artist: 'SECRET-AUTHOR' } })
    .jpeg()
    .toBuffer();
  return new File([new Uint8Array(bytes)], 'IMG_SECRET_NAME.jpg', { type: 'image/jpeg' });
}

const publicReport = async (files: File[] = []) => {
  const mark = uniqueSuffix();
  const { reportId, trackingCode } = await submitReport({
    actor: null,
    input: reportInput({
      placeDescription: `کوچه ${mark}`,
      description: `چراغ‌های کوچه ${mark} سه ماه است خاموش مانده است.`,
      contactName: 'نام',
      wantsContact: 'on',
      contactPhone: '09121234567',
      incidentDate: '1404/02/03',
    }),
    files,
    rateKey: `case-${mark}`,
  });
  return { mark, reportId, trackingCode };
};

const lookup = (code: string, address = '203.0.113.90') => callAction(trackAction, formOf({ intent: 'lookup', code }), { address });

describe("the reporter's case on /track", () => {
  it('shows what was sent, in Persian, with the steps ahead and links that open the cleaned attachments only', async () => {
    const db = await seededDb();
    const { mark, trackingCode } = await publicReport([await image()]);
    const state = await lookup(trackingCode, '203.0.113.91');
    expect(state.ok).toBe(true);
    const view = state.data as TrackView;
    expect(view.description).toContain(mark);
    expect(view.placeDescription).toBe(`کوچه ${mark}`);
    expect(view.incidentDate).toMatch(/^۳ اردیبهشت ۱۴۰۴$/);
    expect(view.submittedOn).toMatch(/[۰-۹]/);
    expect(view.contact).toEqual({ fromMember: false, wantsContact: true, hideIdentity: false });
    // The contact details themselves are not repeated to whoever holds the code.
    expect(JSON.stringify(view)).not.toContain('09121234567');
    // An anonymous report starts at the province: 5 and 7 days by default, then the agency and the outcome.
    expect(view.nextSteps.map((s) => [s.step, s.days])).toEqual([
      ['PROVINCE_REVIEW', 5],
      ['NATIONAL_REVIEW', 7],
      ['REFERRAL', null],
      ['OUTCOME', null],
    ]);
    expect(view).toMatchObject({ canReply: true, canWithdraw: true, status: 'PROVINCE_REVIEW' });

    // The attachment opens by a short-lived link that never carries the tracking code.
    const [file] = view.attachments;
    expect(file!.href).toMatch(new RegExp(`^/api/attachments/${file!.id}\\?t=[0-9a-z]+\\.[A-Za-z0-9_-]{43}$`));
    const compact = trackingCode.replaceAll('-', '');
    expect(file!.href).not.toContain(compact);
    expect(file!.href).not.toContain(trackingCode);
    const open = await getAttachment(new Request(`http://localhost${file!.href}`), { params: Promise.resolve({ id: file!.id }) });
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('private, no-store');
    expect(open.headers.get('referrer-policy')).toBe('no-referrer');
    const bytes = Buffer.from(await open.arrayBuffer());
    expect(bytes.includes(Buffer.from('SECRET-AUTHOR'))).toBe(false);

    // Another attachment's id with this link, an expired link, a forged one: 404, like a file that does not exist.
    const another = await publicReport([await image('#33aa55')]);
    const other = await db.attachment.findFirstOrThrow({ where: { reportId: another.reportId }, select: { id: true } });
    const token = new URL(`http://localhost${file!.href}`).searchParams.get('t')!;
    const expired = signReporterLink(reporterLinkKey(), file!.id, new Date(Date.now() - 31 * 60 * 1000));
    for (const [id, t] of [
      [other.id, token],
      [file!.id, expired],
      [file!.id, `${token.slice(0, -2)}xx`],
      [file!.id, ''],
    ] as const) {
      const refused = await getAttachment(new Request(`http://localhost/api/attachments/${id}?t=${encodeURIComponent(t)}`), {
        params: Promise.resolve({ id }),
      });
      expect(refused.status, `${id} ${t}`).toBe(404);
    }
  });

  it('lets the reporter withdraw while under review, with a reason in Persian, once, through the workflow', async () => {
    const db = await seededDb();
    const { reportId, trackingCode } = await publicReport();
    const address = '203.0.113.92';

    const short = await callAction(trackAction, formOf({ intent: 'withdraw', code: trackingCode, reason: ' ‌' }), { address });
    expect(short).toMatchObject({ ok: true, code: 'VALIDATION', data: { withdrawn: false, status: 'PROVINCE_REVIEW' } });
    expect(short.fieldErrors?.reason?.[0]).toBe('دلیل پس گرفتن را بنویسید.');

    const reason = 'مشکل برطرف شد و دیگر نیازی به پیگیری نیست.';
    const done = await callAction(trackAction, formOf({ intent: 'withdraw', code: trackingCode, reason }), { address });
    expect(done).toMatchObject({ ok: true, data: { withdrawn: true, status: 'WITHDRAWN', canWithdraw: false, canReply: false, nextSteps: [] } });
    expect(done.fieldErrors).toBeUndefined();

    const row = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, version: true, stageDeadlineAt: true } });
    expect(row).toEqual({ status: 'WITHDRAWN', version: 2, stageDeadlineAt: null });
    const step = await db.approval.findFirstOrThrow({ where: { reportId, decision: 'WITHDRAW' } });
    expect(step).toMatchObject({ fromStatus: 'PROVINCE_REVIEW', toStatus: 'WITHDRAWN', publicNote: reason, actorId: null });
    const event = await db.auditEvent.findFirstOrThrow({ where: { objectId: reportId, action: 'report.transition' }, orderBy: { id: 'desc' } });
    expect(event.meta).toMatchObject({ action: 'withdraw', from: 'PROVINCE_REVIEW', to: 'WITHDRAWN' });

    // Withdrawn is the end: no second withdrawal, no more messages, and no reviewer may move it.
    const again = await callAction(trackAction, formOf({ intent: 'withdraw', code: trackingCode, reason }), { address });
    expect(again.fieldErrors?.reason?.[0]).toBe('این گزارش دیگر در حال بررسی نیست و نمی‌توان آن را پس گرفت.');
    const reply = await callAction(trackAction, formOf({ intent: 'reply', code: trackingCode, body: 'یک پیام دیگر', replyToken: crypto.randomUUID() }), {
      address,
    });
    expect(reply).toMatchObject({ ok: true, code: 'CONFLICT', data: { replied: false } });
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 4 });
    const seen = expectViewer(await getReportForReview({ actor: staff, reportId }), 'reviewer');
    expect(seen.status).toBe('WITHDRAWN');
    expect(seen.actions).toEqual([]);
    expect(seen.approvals.at(-1)).toMatchObject({ decision: 'WITHDRAW', publicNote: reason });
  });

  it('withdraws from a question that waits for the reporter, never after approval, and once under a race', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 4 });
    const national = await createActor(db, ['NATIONAL_OFFICE']);

    const asked = await publicReport();
    await transitionReport({ actor: staff, reportId: asked.reportId, action: 'requestInfo', version: 1, publicNote: 'کدام کوچه؟' });
    await expect(withdrawReport({ code: asked.trackingCode, reason: 'دیگر لازم نیست', rateKey: `w-${asked.mark}` })).resolves.toEqual({ status: 'WITHDRAWN' });

    const approved = await publicReport();
    await transitionReport({ actor: staff, reportId: approved.reportId, action: 'approve', version: 1 });
    await transitionReport({ actor: national, reportId: approved.reportId, action: 'approve', version: 2 });
    await expect(withdrawReport({ code: approved.trackingCode, reason: 'دیگر لازم نیست', rateKey: `w-${approved.mark}` })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    const raced = await publicReport();
    const results = await Promise.allSettled(
      [1, 2, 3].map((i) => withdrawReport({ code: raced.trackingCode, reason: `دلیل ${i}`, rateKey: `w-${raced.mark}-${i}` })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(await db.approval.count({ where: { reportId: raced.reportId, decision: 'WITHDRAW' } })).toBe(1);
  });

  it('takes more information with attachments while under review, without moving the report, within the limits', async () => {
    const db = await seededDb();
    const { reportId, trackingCode } = await publicReport();
    const address = '203.0.113.93';
    const form = formOf({ intent: 'reply', code: trackingCode, body: 'عکس تازه از همان کوچه', replyToken: crypto.randomUUID() });
    form.append('attachments', await image('#aa3355'));
    const sent = await callAction(trackAction, form, { address });
    expect(sent).toMatchObject({ ok: true, data: { replied: true, status: 'PROVINCE_REVIEW' } });
    const message = (sent.data as TrackView).messages.at(-1)!;
    expect(message).toMatchObject({ author: 'REPORTER', body: 'عکس تازه از همان کوچه' });
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]!.href).toContain(`/api/attachments/${message.attachments[0]!.id}?t=`);
    expect(await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, version: true } })).toEqual({
      status: 'PROVINCE_REVIEW',
      version: 1,
    });

    const tooMany = formOf({ intent: 'reply', code: trackingCode, body: 'شش عکس', replyToken: crypto.randomUUID() });
    for (let i = 0; i < 6; i++) tooMany.append('attachments', await image());
    const refused = await callAction(trackAction, tooMany, { address });
    expect(refused).toMatchObject({ ok: true, code: 'VALIDATION', data: { replied: false }, values: { body: 'شش عکس' } });
    expect(refused.fieldErrors?.attachments?.[0]).toBe('حداکثر ۵ پیوست مجاز است.');
  });
});

describe('«گزارش‌های من»', () => {
  it("lists only the member's own reports and opens each in the author's projection, starting at their core", async () => {
    const db = await seededDb();
    const core = await createCore(db, 7);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 7 });
    const neighbour = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 7 });
    const mine = await submitReport({ actor: member, input: reportInput({ provinceId: '7', hideIdentity: 'on' }), files: [], rateKey: `m-${uniqueSuffix()}` });
    const theirs = await submitReport({ actor: neighbour, input: reportInput({ provinceId: '7' }), files: [], rateKey: `m-${uniqueSuffix()}` });

    expect((await listOwnReports({ actor: member })).map((r) => r.id)).toEqual([mine.reportId]);
    const own = expectViewer(await getReportForReview({ actor: member, reportId: mine.reportId }), 'author');
    expect(own.contact).toEqual({ fromMember: true, wantsContact: false, hideIdentity: true });
    expect(own.nextSteps[0]).toEqual({ step: 'CORE_REVIEW', days: 3, current: true });
    await expect(getReportForReview({ actor: member, reportId: theirs.reportId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  // Red-team of issue #13, finding 4: a member's own report page had none of /track's actions.
  it('lets a member answer, add information and withdraw in their account, by the account and never a code, and tells them of a question', async () => {
    const db = await seededDb();
    const core = await createCore(db, 7);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 7 });
    await db.user.update({ where: { id: member.id }, data: { email: `m-${uniqueSuffix()}@sajam.test` } });
    const neighbour = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 7 });
    const head = await createActor(db, ['CORE_HEAD'], { coreId: core.id, provinceId: 7 });
    const mine = await submitReport({ actor: member, input: reportInput({ provinceId: '7' }), files: [], rateKey: `m-${uniqueSuffix()}` });

    await transitionReport({ actor: head, reportId: mine.reportId, action: 'requestInfo', version: 1, publicNote: 'کدام خیابان؟' });
    const told = await db.notification.findMany({ where: { userId: member.id, template: 'report.question' } });
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]!.body).toContain(`/reports/${mine.reportId}`);
    expect(told[0]!.body).not.toContain('کدام خیابان');

    const as = { id: member.id, name: member.name, roles: [...member.roles] };
    const answer = await callAction(
      authorCaseAction,
      formOf({ intent: 'reply', reportId: mine.reportId, body: 'خیابان اصلی، کنار مدرسه.', replyToken: crypto.randomUUID() }),
      { as },
    );
    expect(answer.ok).toBe(true);
    expect(answer.data).toMatchObject({ replied: true, status: 'CORE_REVIEW' });
    // Another member cannot act on it: the same answer as a report that does not exist.
    await expect(replyAsReporter({ actor: neighbour, reportId: mine.reportId, body: 'سلام سلام', files: [] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(withdrawReport({ actor: neighbour, reportId: mine.reportId, reason: 'نه' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const added = await callAction(
      authorCaseAction,
      formOf({ intent: 'reply', reportId: mine.reportId, body: 'یک نکته دیگر.', replyToken: crypto.randomUUID() }),
      {
        as,
      },
    );
    expect(added.data).toMatchObject({ replied: true, status: 'CORE_REVIEW' });
    const refused = await callAction(authorCaseAction, formOf({ intent: 'withdraw', reportId: mine.reportId, reason: '' }), { as });
    expect(refused.fieldErrors?.reason).toBeTruthy();
    const withdrawn = await callAction(authorCaseAction, formOf({ intent: 'withdraw', reportId: mine.reportId, reason: 'حل شد.' }), { as });
    expect(withdrawn.data).toMatchObject({ withdrawn: true, status: 'WITHDRAWN' });
    expect(await db.message.count({ where: { reportId: mine.reportId, authorType: 'REPORTER' } })).toBe(2);
  });
});
