// When a certificate stops being valid, and what state it is in (issue #18). Pure: the clock is an argument.
import { toGregorian } from 'jalaali-js';
import { jalaliMonthDays, tehranDayStart, toJalali } from '@/lib/i18n/format';

export type CertificateState = 'valid' | 'expired' | 'revoked';

/**
 * The instant a certificate issued at `issuedAt` and valid for `validMonths` months expires. Months are counted in
 * the Jalali calendar in Tehran (issue #18: "how long its certificate stays valid, e.g. 24 months"): it is valid
 * through the same Jalali day `validMonths` months later — clamped to that month's length (issued on Esfand 30 of a
 * leap year, 12 months later it is valid through Esfand 29 of a common year; Shahrivar 31 + 1 month → Mehr 30) — and
 * expires at 00:00 Tehran of the day after. Shown to people as that last valid day (formatDueDay).
 * @param validMonths whole months, ≥ 1 (CourseVersion.validMonths)
 */
export function certificateExpiresAt(issuedAt: Date, validMonths: number): Date {
  if (!Number.isInteger(validMonths) || validMonths < 1) throw new RangeError(`validMonths must be a positive integer, got ${validMonths}`);
  const issued = toJalali(issuedAt);
  const months = issued.jm - 1 + validMonths;
  const jy = issued.jy + Math.floor(months / 12);
  const jm = (months % 12) + 1;
  const jd = Math.min(issued.jd, jalaliMonthDays(jy, jm));
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  // The day after the last valid one, as a calendar date (UTC midnight), then its Tehran midnight.
  return tehranDayStart(new Date(Date.UTC(gy, gm - 1, gd + 1)));
}

/**
 * A certificate's state at `now`: 'revoked' once revoked (whatever its dates), else 'expired' from `expiresAt` on,
 * else 'valid'.
 */
export function certificateState(cert: { expiresAt: Date; revokedAt: Date | null }, now: Date): CertificateState {
  if (cert.revokedAt) return 'revoked';
  return now.getTime() >= cert.expiresAt.getTime() ? 'expired' : 'valid';
}
