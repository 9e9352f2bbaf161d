import { toGregorian } from 'jalaali-js';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import type { ReferralStatus } from '@/lib/generated/prisma/enums';
import { submitReport } from '@/lib/reports/submit-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
import { listOverdueAgencies } from './list-overdue-agencies';

function tehran(jy: number, jm: number, jd: number, hh: number, mm: number): Date {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, hh, mm) - 210 * 60_000);
}
/** The end of a Tehran day, as a due date is stored. */
const endOf = (jy: number, jm: number, jd: number) => tehran(jy, jm, jd + 1, 0, 0);
const created: string[] = [];

async function agency(db: Db) {
  const suffix = uniqueSuffix();
  return db.agency.create({ data: { slug: `overdue-${suffix}`, name: `دستگاه ${suffix}`, nameEn: `Agency ${suffix}`, provinceId: 9 } });
}

async function referral(
  db: Db,
  agencyId: string,
  status: ReferralStatus,
  dues: { acknowledgeDueAt: Date; answerDueAt: Date },
  escalatedAt: Date | null = null,
) {
  const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '9' }), files: [], rateKey: `overdue-${uniqueSuffix()}` });
  const row = await db.referral.create({ data: { reportId, agencyId, status, ...dues, escalatedAt } });
  created.push(row.id);
  return { referralId: row.id, reportId };
}

afterAll(async () => {
  const db = await seededDb();
  await db.referral.updateMany({ where: { id: { in: created } }, data: { status: 'WITHDRAWN' } });
});

describe('listOverdueAgencies', () => {
  it('counts per agency the referrals past the due date of their state, with the oldest, most late first', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const slow = await agency(db);
    const late = await agency(db);
    const prompt = await agency(db);
    const answerLater = endOf(1403, 12, 20);

    // Slow: two acknowledgements and one answer overdue; one due today, a question with Sajam and an answer given do not count.
    const oldest = await referral(db, slow.id, 'PENDING', { acknowledgeDueAt: endOf(1403, 11, 1), answerDueAt: answerLater });
    await referral(db, slow.id, 'PENDING', { acknowledgeDueAt: endOf(1403, 11, 9), answerDueAt: answerLater });
    await referral(db, slow.id, 'ACKNOWLEDGED', { acknowledgeDueAt: endOf(1403, 10, 1), answerDueAt: endOf(1403, 11, 5) }, tehran(1403, 11, 6, 0, 5));
    await referral(db, slow.id, 'PENDING', { acknowledgeDueAt: endOf(1403, 11, 10), answerDueAt: answerLater });
    await referral(db, slow.id, 'ACKNOWLEDGED', { acknowledgeDueAt: endOf(1403, 10, 1), answerDueAt: answerLater });
    await referral(db, slow.id, 'CLARIFICATION_REQUESTED', { acknowledgeDueAt: endOf(1403, 10, 1), answerDueAt: endOf(1403, 10, 20) });
    await referral(db, slow.id, 'RESPONDED', { acknowledgeDueAt: endOf(1403, 10, 1), answerDueAt: endOf(1403, 10, 20) });
    // Late: one answer sent back and overdue again (its acknowledgement date long past does not matter).
    const sentBack = await referral(
      db,
      late.id,
      'SENT_BACK',
      { acknowledgeDueAt: endOf(1403, 9, 1), answerDueAt: endOf(1403, 11, 9) },
      tehran(1403, 11, 10, 0, 1),
    );
    // Prompt: nothing overdue.
    await referral(db, prompt.id, 'PENDING', { acknowledgeDueAt: endOf(1403, 11, 12), answerDueAt: answerLater });

    const now = tehran(1403, 11, 10, 12, 0);
    const mine = (await listOverdueAgencies({ actor: national, now })).filter((a) => [slow.id, late.id, prompt.id].includes(a.agencyId));
    expect(mine).toEqual([
      {
        agencyId: slow.id,
        name: slow.name,
        nameEn: slow.nameEn,
        provinceId: 9,
        overdue: 3,
        awaitingAcknowledgement: 2,
        awaitingAnswer: 1,
        escalated: 1,
        oldest: {
          referralId: oldest.referralId,
          reportId: oldest.reportId,
          caseNumber: expect.any(String),
          due: 'ACKNOWLEDGE',
          dueAt: endOf(1403, 11, 1),
          daysOverdue: 9,
        },
      },
      {
        agencyId: late.id,
        name: late.name,
        nameEn: late.nameEn,
        provinceId: 9,
        overdue: 1,
        awaitingAcknowledgement: 0,
        awaitingAnswer: 1,
        escalated: 1,
        oldest: {
          referralId: sentBack.referralId,
          reportId: sentBack.reportId,
          caseNumber: expect.any(String),
          due: 'ANSWER',
          dueAt: endOf(1403, 11, 9),
          daysOverdue: 1,
        },
      },
    ]);

    // At 23:59 of the due day nothing more is late; at 00:00 the next day it is.
    const dueToday = (at: Date) => listOverdueAgencies({ actor: national, now: at }).then((all) => all.find((a) => a.agencyId === slow.id)?.overdue);
    expect(await dueToday(tehran(1403, 11, 10, 23, 59))).toBe(3);
    expect(await dueToday(tehran(1403, 11, 11, 0, 0))).toBe(4);
  });

  it('is for the national office only', async () => {
    const db = await seededDb();
    for (const roles of [['PROVINCE_STAFF'], ['AGENCY_LIAISON'], ['ADMIN'], ['CORE_HEAD'], ['MEMBER']] as const) {
      const actor = await createActor(db, [...roles], { provinceId: 9 });
      await expect(listOverdueAgencies({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(listOverdueAgencies({ actor: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
