import { toGregorian } from 'jalaali-js';
import { describe, expect, it } from 'vitest';
import { formatDate, tehranDayEnd, toJalali } from '@/lib/i18n/format';
import { dueDay, dueOf, followUpStep, followUpWindows } from './referral-followup';

/** An instant on the Tehran wall clock (+03:30, no daylight saving since 2022). */
function tehran(jy: number, jm: number, jd: number, hh: number, mm: number): Date {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, hh, mm) - 210 * 60_000);
}
/** A due date as referral-dues.ts writes it: the end of that Tehran day. */
const dueEndOf = (jy: number, jm: number, jd: number) => tehranDayEnd(tehran(jy, jm, jd, 12, 0), 0);
const policy = { remindBeforeDays: 2 };

describe('following an agency up, in Tehran days', () => {
  it('applies the acknowledgement due date while pending and the answer due date while the answer is owed', () => {
    expect(dueOf('PENDING')).toBe('ACKNOWLEDGE');
    expect(dueOf('ACKNOWLEDGED')).toBe('ANSWER');
    expect(dueOf('SENT_BACK')).toBe('ANSWER');
    for (const s of ['CLARIFICATION_REQUESTED', 'RESPONDED', 'ACCEPTED', 'DECLINED_NOT_RESPONSIBLE', 'WITHDRAWN'] as const) expect(dueOf(s)).toBeNull();
  });

  it('reminds from two days before, again on the due day, and escalates from the day after: at 00:01 and at 23:59', () => {
    const due = dueEndOf(1405, 9, 10);
    expect(followUpStep(due, tehran(1405, 9, 7, 23, 59), policy)).toBeNull();
    expect(followUpStep(due, tehran(1405, 9, 8, 0, 1), policy)).toBe('remindBefore');
    expect(followUpStep(due, tehran(1405, 9, 9, 23, 59), policy)).toBe('remindBefore');
    expect(followUpStep(due, tehran(1405, 9, 10, 0, 1), policy)).toBe('remindDueDay');
    expect(followUpStep(due, tehran(1405, 9, 10, 23, 59), policy)).toBe('remindDueDay');
    expect(followUpStep(due, tehran(1405, 9, 11, 0, 1), policy)).toBe('escalate');
    expect(followUpStep(due, tehran(1405, 10, 20, 12, 0), policy)).toBe('escalate');
  });

  it('counts across the end of a leap year: Esfand 30, 1403, then Farvardin 1, 1404', () => {
    const due = dueEndOf(1403, 12, 30);
    expect(toJalali(dueDay(due))).toEqual({ jy: 1403, jm: 12, jd: 30 });
    expect(toJalali(due)).toEqual({ jy: 1404, jm: 1, jd: 1 });
    expect(followUpStep(due, tehran(1403, 12, 27, 23, 59), policy)).toBeNull();
    expect(followUpStep(due, tehran(1403, 12, 28, 0, 1), policy)).toBe('remindBefore');
    expect(followUpStep(due, tehran(1403, 12, 29, 23, 59), policy)).toBe('remindBefore');
    expect(followUpStep(due, tehran(1403, 12, 30, 0, 1), policy)).toBe('remindDueDay');
    expect(followUpStep(due, tehran(1403, 12, 30, 23, 59), policy)).toBe('remindDueDay');
    expect(followUpStep(due, tehran(1404, 1, 1, 0, 1), policy)).toBe('escalate');

    // Due on Esfand 29 of the leap year: Esfand 30 is the day after, so it is escalated then.
    const before = dueEndOf(1403, 12, 29);
    expect(followUpStep(before, tehran(1403, 12, 29, 23, 59), policy)).toBe('remindDueDay');
    expect(followUpStep(before, tehran(1403, 12, 30, 0, 1), policy)).toBe('escalate');
  });

  it('counts across the end of a common year: Esfand 29, 1404, then Farvardin 1, 1405', () => {
    const due = dueEndOf(1405, 1, 1);
    // 1404 has no Esfand 30: two days before Farvardin 1 is Esfand 28.
    expect(followUpStep(due, tehran(1404, 12, 27, 23, 59), policy)).toBeNull();
    expect(followUpStep(due, tehran(1404, 12, 28, 0, 1), policy)).toBe('remindBefore');
    expect(followUpStep(due, tehran(1404, 12, 29, 23, 59), policy)).toBe('remindBefore');
    expect(followUpStep(due, tehran(1405, 1, 1, 0, 1), policy)).toBe('remindDueDay');
    expect(followUpStep(due, tehran(1405, 1, 2, 0, 1), policy)).toBe('escalate');
  });

  it('sends no reminder before the day with SAJAM_AGENCY_REMIND_BEFORE_DAYS=0', () => {
    const due = dueEndOf(1405, 9, 10);
    expect(followUpStep(due, tehran(1405, 9, 9, 23, 59), { remindBeforeDays: 0 })).toBeNull();
    expect(followUpStep(due, tehran(1405, 9, 10, 0, 0), { remindBeforeDays: 0 })).toBe('remindDueDay');
  });

  it('bounds the windows at Tehran midnights, whatever the UTC date says', () => {
    // 02:00 Tehran is still the previous day in UTC.
    const w = followUpWindows(tehran(1405, 9, 10, 2, 0), policy);
    expect(w.todayStart).toEqual(tehran(1405, 9, 10, 0, 0));
    expect(w.todayEnd).toEqual(tehran(1405, 9, 11, 0, 0));
    expect(w.horizon).toEqual(tehran(1405, 9, 13, 0, 0));
  });

  it('names the due day, not the midnight after it', () => {
    expect(formatDate(dueDay(dueEndOf(1403, 12, 30)), 'en')).toBe(formatDate(tehran(1403, 12, 30, 12, 0), 'en'));
  });
});
