import { isLeapJalaaliYear, toGregorian } from 'jalaali-js';
import { describe, expect, it } from 'vitest';
import { formatDueDay, toJalali } from '@/lib/i18n/format';
import { certificateExpiresAt, certificateState } from './certificate-expiry';

/** An instant on the Tehran clock (fixed +03:30 since 2022). */
function tehran(jy: number, jm: number, jd: number, hour: number, minute: number): Date {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, hour, minute) - 210 * 60_000);
}
/** The last valid Jalali day of an expiry instant, as people read it. */
const lastValidDay = (expiresAt: Date) => toJalali(new Date(expiresAt.getTime() - 1));

describe('certificateExpiresAt: the same Jalali day N months later, to 00:00 Tehran of the next day', () => {
  it('counts from the Tehran day of issue, at 00:01 and 23:59 alike (00:01 Tehran is still the previous UTC day)', () => {
    for (const at of [tehran(1404, 9, 14, 0, 1), tehran(1404, 9, 14, 23, 59)]) {
      const expiresAt = certificateExpiresAt(at, 24);
      expect(lastValidDay(expiresAt)).toEqual({ jy: 1406, jm: 9, jd: 14 });
      expect(expiresAt).toEqual(tehran(1406, 9, 15, 0, 0));
    }
  });

  it('clamps to the month: Esfand 30 of a leap year → Esfand 29 of a common one; Shahrivar 31 → Mehr 30', () => {
    expect(isLeapJalaaliYear(1403)).toBe(true);
    expect(isLeapJalaaliYear(1404)).toBe(false);
    expect(lastValidDay(certificateExpiresAt(tehran(1403, 12, 30, 10, 0), 12))).toEqual({ jy: 1404, jm: 12, jd: 29 });
    expect(certificateExpiresAt(tehran(1403, 12, 30, 23, 59), 12)).toEqual(tehran(1405, 1, 1, 0, 0));
    expect(lastValidDay(certificateExpiresAt(tehran(1404, 6, 31, 12, 0), 1))).toEqual({ jy: 1404, jm: 7, jd: 30 });
    // Esfand 29 stays Esfand 29, and across years into a leap Esfand stays the 29th (no day is added).
    expect(lastValidDay(certificateExpiresAt(tehran(1404, 12, 29, 0, 1), 48))).toEqual({ jy: 1408, jm: 12, jd: 29 });
    // From Esfand 30 of one leap year to the next leap year's Esfand 30.
    const nextLeap = [1404, 1405, 1406, 1407, 1408, 1409].find(isLeapJalaaliYear)!;
    expect(lastValidDay(certificateExpiresAt(tehran(1403, 12, 30, 0, 1), (nextLeap - 1403) * 12))).toEqual({ jy: nextLeap, jm: 12, jd: 30 });
  });

  it('rolls months over the year: Dey + 5 months → Khordad of the next year', () => {
    expect(lastValidDay(certificateExpiresAt(tehran(1404, 10, 5, 8, 0), 5))).toEqual({ jy: 1405, jm: 3, jd: 5 });
  });

  it('is shown as the last valid day', () => {
    expect(formatDueDay(certificateExpiresAt(tehran(1403, 12, 30, 10, 0), 12), 'fa')).toBe('۲۹ اسفند ۱۴۰۴');
  });

  it('refuses a non-positive or fractional number of months', () => {
    expect(() => certificateExpiresAt(new Date(), 0)).toThrow(RangeError);
    expect(() => certificateExpiresAt(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe('certificateState', () => {
  const expiresAt = tehran(1405, 1, 1, 0, 0);
  it('is valid through 23:59 of the last day and expired from 00:00 (and at 00:01) of the next', () => {
    expect(certificateState({ expiresAt, revokedAt: null }, tehran(1404, 12, 29, 23, 59))).toBe('valid');
    expect(certificateState({ expiresAt, revokedAt: null }, expiresAt)).toBe('expired');
    expect(certificateState({ expiresAt, revokedAt: null }, tehran(1405, 1, 1, 0, 1))).toBe('expired');
  });
  it('is revoked whatever the dates', () => {
    const revokedAt = tehran(1404, 6, 1, 9, 0);
    expect(certificateState({ expiresAt, revokedAt }, tehran(1404, 7, 1, 0, 1))).toBe('revoked');
    expect(certificateState({ expiresAt, revokedAt }, tehran(1406, 1, 1, 0, 1))).toBe('revoked');
  });
});
