import { toGregorian } from 'jalaali-js';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import type { Db } from '@/lib/db/client';
import type { ReferralStatus } from '@/lib/generated/prisma/enums';
import { formatDate } from '@/lib/i18n/format';
import { submitReport } from '@/lib/reports/submit-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
import { moveReferral } from './move-referral';
import { referralDues } from './referral-dues';
import { sweepReferrals } from './referral-sweep';

/** An instant on the Tehran wall clock (+03:30). */
function tehran(jy: number, jm: number, jd: number, hh: number, mm: number): Date {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, hh, mm) - 210 * 60_000);
}
const policy = { remindBeforeDays: 2 };
const created: string[] = [];

/** An agency of its own (with its liaison), and a referral of a fresh report to it, made at `referredAt`. */
async function referral(db: Db, referredAt: Date, days: { acknowledgeDays: number; answerDays: number }, status: ReferralStatus = 'PENDING') {
  const suffix = uniqueSuffix();
  const agency = await db.agency.create({ data: { slug: `followup-${suffix}`, name: `دستگاه آزمون ${suffix}`, nameEn: `Agency ${suffix}`, ...days } });
  const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id });
  const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '7' }), files: [], rateKey: `followup-${suffix}` });
  await db.report.update({ where: { id: reportId }, data: { status: status === 'PENDING' ? 'REFERRED' : 'ACKNOWLEDGED' } });
  const row = await db.referral.create({
    data: {
      reportId,
      agencyId: agency.id,
      status,
      referredAt,
      ...referralDues(agency, referredAt, { agencyAcknowledgeDays: 7, agencyAnswerDays: 30 }),
      ...(status === 'PENDING' ? {} : { acknowledgedAt: referredAt }),
    },
  });
  created.push(row.id);
  return { referralId: row.id, reportId, agency, liaison };
}

/** The follow-up steps on a referral's history, oldest first: kind, due, due today. */
async function steps(db: Db, referralId: string) {
  const events = await db.referralEvent.findMany({ where: { referralId, kind: { in: ['REMINDED', 'ESCALATED'] } }, orderBy: { createdAt: 'asc' } });
  return events.map((e) => `${e.kind}:${e.due}${e.kind === 'REMINDED' ? (e.dueToday ? ':today' : ':before') : ''}`);
}

const reminders = (db: Db, userId: string) => db.notification.count({ where: { userId, template: 'referral.reminder' } });

afterAll(async () => {
  // Leave nothing for a later sweep on the real clock (other test files) to pick up.
  const db = await seededDb();
  await db.referral.updateMany({ where: { id: { in: created } }, data: { status: 'WITHDRAWN' } });
});

describe('sweepReferrals', () => {
  it('reminds two days before and on the due day, then escalates once, at 00:01 and 23:59 across Esfand 30 → Farvardin 1', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    // Referred on 23 Esfand 1403 (a leap year): acknowledgement due by the end of Esfand 30.
    const { referralId, reportId, liaison } = await referral(db, tehran(1403, 12, 23, 10, 0), { acknowledgeDays: 7, answerDays: 30 });
    const row = await db.referral.findUniqueOrThrow({ where: { id: referralId } });
    expect(row.acknowledgeDueAt).toEqual(tehran(1404, 1, 1, 0, 0));

    await sweepReferrals(tehran(1403, 12, 27, 23, 59), policy);
    expect(await steps(db, referralId)).toEqual([]);

    const before = tehran(1403, 12, 28, 0, 1);
    await sweepReferrals(before, policy);
    expect(await steps(db, referralId)).toEqual(['REMINDED:ACKNOWLEDGE:before']);
    const first = await db.notification.findFirstOrThrow({ where: { userId: liaison.id, template: 'referral.reminder' } });
    expect(first.body).toContain(formatDate(tehran(1403, 12, 30, 12, 0), 'fa'));
    expect(first.body).toContain(`/agency/referrals/${referralId}`);

    await sweepReferrals(tehran(1403, 12, 29, 23, 59), policy);
    expect(await steps(db, referralId)).toEqual(['REMINDED:ACKNOWLEDGE:before']);

    await sweepReferrals(tehran(1403, 12, 30, 0, 1), policy);
    await sweepReferrals(tehran(1403, 12, 30, 23, 59), policy);
    expect(await steps(db, referralId)).toEqual(['REMINDED:ACKNOWLEDGE:before', 'REMINDED:ACKNOWLEDGE:today']);
    expect(await reminders(db, liaison.id)).toBe(2);
    expect(await db.notification.count({ where: { userId: liaison.id, body: { contains: 'امروز' } } })).toBe(1);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).escalatedAt).toBeNull();

    const escalation = tehran(1404, 1, 1, 0, 1);
    const swept = await sweepReferrals(escalation, policy);
    expect(swept.referralsEscalated).toBeGreaterThanOrEqual(1);
    await sweepReferrals(tehran(1404, 1, 1, 23, 59), policy);
    await sweepReferrals(tehran(1404, 1, 9, 12, 0), policy);
    expect(await steps(db, referralId)).toEqual(['REMINDED:ACKNOWLEDGE:before', 'REMINDED:ACKNOWLEDGE:today', 'ESCALATED:ACKNOWLEDGE']);
    const after = await db.referral.findUniqueOrThrow({ where: { id: referralId } });
    expect(after).toMatchObject({ escalatedAt: escalation, version: 1, status: 'PENDING' });
    expect(await db.notification.count({ where: { userId: national.id, template: 'referral.agencyMoved', body: { contains: reportId } } })).toBe(1);
    expect(await reminders(db, liaison.id)).toBe(2);
    const audit = await db.auditEvent.findMany({ where: { objectId: referralId }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.meta])).toEqual([
      ['referral.reminded', { due: 'ACKNOWLEDGE', overdue: false }],
      ['referral.reminded', { due: 'ACKNOWLEDGE', overdue: false }],
      ['referral.escalated', { due: 'ACKNOWLEDGE', overdue: true }],
    ]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('takes only the step of the day it first sees: the due-day reminder alone, or the escalation alone', async () => {
    const db = await seededDb();
    // Acknowledgement due by the end of 10 Esfand 1403.
    const late = await referral(db, tehran(1403, 12, 3, 9, 0), { acknowledgeDays: 7, answerDays: 30 });
    const later = await referral(db, tehran(1403, 12, 3, 9, 0), { acknowledgeDays: 7, answerDays: 30 });
    await db.referral.update({ where: { id: later.referralId }, data: { acknowledgeDueAt: tehran(1403, 12, 9, 0, 0) } });
    await sweepReferrals(tehran(1403, 12, 10, 8, 0), policy);
    await sweepReferrals(tehran(1403, 12, 10, 9, 0), policy);
    expect(await steps(db, late.referralId)).toEqual(['REMINDED:ACKNOWLEDGE:today']);
    expect(await reminders(db, late.liaison.id)).toBe(1);
    expect(await steps(db, later.referralId)).toEqual(['ESCALATED:ACKNOWLEDGE']);
    expect(await reminders(db, later.liaison.id)).toBe(0);
  });

  it('never takes a step twice when two workers sweep at once', async () => {
    const db = await seededDb();
    const suffix = uniqueSuffix();
    const agency = await db.agency.create({
      data: { slug: `followup-${suffix}`, name: `دستگاه ${suffix}`, nameEn: suffix, acknowledgeDays: 5, answerDays: 20 },
    });
    const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '8' }), files: [], rateKey: `followup-${uniqueSuffix()}` });
      // Three due today (5 Bahman 1403), three overdue.
      const dueAt = i < 3 ? tehran(1403, 11, 6, 0, 0) : tehran(1403, 11, 2, 0, 0);
      const row = await db.referral.create({
        data: { reportId, agencyId: agency.id, status: 'PENDING', acknowledgeDueAt: dueAt, answerDueAt: tehran(1403, 12, 1, 0, 0) },
      });
      ids.push(row.id);
      created.push(row.id);
    }
    const now = tehran(1403, 11, 5, 12, 0);
    await Promise.all([sweepReferrals(now, policy), sweepReferrals(now, policy), sweepReferrals(now, policy)]);
    await sweepReferrals(now, policy);
    for (const [i, id] of ids.entries()) expect(await steps(db, id)).toEqual([i < 3 ? 'REMINDED:ACKNOWLEDGE:today' : 'ESCALATED:ACKNOWLEDGE']);
    expect(await reminders(db, liaison.id)).toBe(3);
    expect(await db.auditEvent.count({ where: { objectId: { in: ids }, action: { in: ['referral.reminded', 'referral.escalated'] } } })).toBe(6);
  });

  it('follows the answer once the agency acknowledges, and starts again on the new due date when the answer is sent back', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    // Referred on 1 Azar 1404: acknowledgement due by the end of 4 Azar, the answer by the end of 11 Azar.
    const { referralId, liaison } = await referral(db, tehran(1404, 9, 1, 10, 0), { acknowledgeDays: 3, answerDays: 10 });
    await sweepReferrals(tehran(1404, 9, 2, 12, 0), policy);
    expect(await steps(db, referralId)).toEqual(['REMINDED:ACKNOWLEDGE:before']);

    await moveReferral({ by: { kind: 'person', actor: liaison }, referralId, action: 'acknowledge', version: 1, now: tehran(1404, 9, 3, 9, 0) });
    // The acknowledgement's due day and the day after: nothing more about it.
    await sweepReferrals(tehran(1404, 9, 4, 12, 0), policy);
    await sweepReferrals(tehran(1404, 9, 5, 12, 0), policy);
    expect(await steps(db, referralId)).toEqual(['REMINDED:ACKNOWLEDGE:before']);

    await sweepReferrals(tehran(1404, 9, 9, 0, 1), policy);
    await sweepReferrals(tehran(1404, 9, 11, 0, 1), policy);
    await sweepReferrals(tehran(1404, 9, 12, 0, 1), policy);
    expect(await steps(db, referralId)).toEqual(['REMINDED:ACKNOWLEDGE:before', 'REMINDED:ANSWER:before', 'REMINDED:ANSWER:today', 'ESCALATED:ANSWER']);
    const escalated = await db.referral.findUniqueOrThrow({ where: { id: referralId } });
    expect(escalated.escalatedAt).toEqual(tehran(1404, 9, 12, 0, 1));

    // Answered late, sent back on 15 Azar: a fresh answer period (10 days), followed up from the start.
    await moveReferral({
      by: { kind: 'person', actor: liaison },
      referralId,
      action: 'respond',
      version: escalated.version,
      note: 'انجام شد',
      now: tehran(1404, 9, 14, 9, 0),
    });
    await moveReferral({
      by: { kind: 'person', actor: national },
      referralId,
      action: 'sendBack',
      version: escalated.version + 1,
      note: 'پاسخ کامل نیست',
      now: tehran(1404, 9, 15, 9, 0),
    });
    const sentBack = await db.referral.findUniqueOrThrow({ where: { id: referralId } });
    expect(sentBack).toMatchObject({ status: 'SENT_BACK', escalatedAt: null, answerDueAt: tehran(1404, 9, 26, 0, 0) });
    await sweepReferrals(tehran(1404, 9, 24, 0, 1), policy);
    await sweepReferrals(tehran(1404, 9, 25, 0, 1), policy);
    await sweepReferrals(tehran(1404, 9, 26, 0, 1), policy);
    expect((await steps(db, referralId)).slice(4)).toEqual(['REMINDED:ANSWER:before', 'REMINDED:ANSWER:today', 'ESCALATED:ANSWER']);
    expect(await reminders(db, liaison.id)).toBe(5);
  });

  it('escalates the answer too when a referral escalated for its acknowledgement is acknowledged and then not answered', async () => {
    const db = await seededDb();
    const { referralId, liaison } = await referral(db, tehran(1404, 7, 1, 10, 0), { acknowledgeDays: 2, answerDays: 6 });
    await sweepReferrals(tehran(1404, 7, 4, 9, 0), policy);
    await moveReferral({ by: { kind: 'person', actor: liaison }, referralId, action: 'acknowledge', version: 1, now: tehran(1404, 7, 4, 10, 0) });
    // The answer is due by the end of 7 Mehr.
    await sweepReferrals(tehran(1404, 7, 7, 9, 0), policy);
    await sweepReferrals(tehran(1404, 7, 8, 9, 0), policy);
    await sweepReferrals(tehran(1404, 7, 9, 9, 0), policy);
    expect(await steps(db, referralId)).toEqual(['ESCALATED:ACKNOWLEDGE', 'REMINDED:ANSWER:today', 'ESCALATED:ANSWER']);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).escalatedAt).toEqual(tehran(1404, 7, 8, 9, 0));
  });

  it('leaves alone what the agency does not owe: a question with Sajam, an answer, a withdrawn referral', async () => {
    const db = await seededDb();
    const ids: string[] = [];
    for (const status of ['CLARIFICATION_REQUESTED', 'RESPONDED', 'ACCEPTED', 'DECLINED_NOT_RESPONSIBLE', 'WITHDRAWN'] as const)
      ids.push((await referral(db, tehran(1403, 10, 1, 10, 0), { acknowledgeDays: 1, answerDays: 2 }, status)).referralId);
    await sweepReferrals(tehran(1403, 10, 20, 12, 0), policy);
    for (const id of ids) expect(await steps(db, id)).toEqual([]);
  });
});
