import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFileSize,
  formatDateTime,
  formatNumber,
  jalaliMonthNames,
  jalaliYearRange,
  parseJalaliDate,
  toJalali,
  jalaliAgeOn,
  tehranToday,
} from './format';

describe('numbers', () => {
  it('formats numbers with Persian digits and separators', () => {
    expect(formatNumber(13000, 'fa')).toBe('۱۳٬۰۰۰');
    expect(formatNumber(13000, 'en')).toBe('13,000');
  });
});

describe('file sizes', () => {
  it('reads a small file in kilobytes (never «۰٫۰ مگابایت») and a large one in megabytes, with the unit', () => {
    expect(formatFileSize(56_000, 'fa')).toBe('۵۵ کیلوبایت');
    expect(formatFileSize(10, 'fa')).toBe('۱ کیلوبایت');
    expect(formatFileSize(1.25 * 1024 * 1024, 'fa')).toBe('۱٫۳ مگابایت');
    expect(formatFileSize(132 * 1024, 'en')).toBe('132 kilobytes');
  });
});

describe('Jalali dates', () => {
  // 2026-11-23 12:00 UTC is 2 Azar 1405 in Tehran.
  const instant = new Date('2026-11-23T12:00:00Z');

  it('formats on the Persian calendar with Persian digits', () => {
    expect(formatDate(instant, 'fa')).toBe('۲ آذر ۱۴۰۵');
    expect(formatDate(instant, 'en')).toMatch(/Azar 2, 1405/);
    expect(formatDateTime(instant, 'fa')).toContain('۱۵:۳۰');
  });

  it('reads the calendar day in Tehran, not in UTC', () => {
    expect(toJalali(new Date('2026-11-23T21:00:00Z'))).toEqual({ jy: 1405, jm: 9, jd: 3 });
    expect(toJalali(instant)).toEqual({ jy: 1405, jm: 9, jd: 2 });
  });

  it('parses forgiving input and rejects impossible dates', () => {
    expect(parseJalaliDate('۱۴۰۵/۰۹/۰۲')?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(parseJalaliDate('1405-9-2')?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(parseJalaliDate('1405/12/31')).toBeNull(); // 1405 is not a leap year
    expect(parseJalaliDate('1405/13/01')).toBeNull();
    expect(parseJalaliDate('yesterday')).toBeNull();
  });

  it('bounds a Jalali year at Tehran midnight of 1 Farvardin', () => {
    const { start, end } = jalaliYearRange(1405);
    expect(start.toISOString()).toBe('2026-03-20T20:30:00.000Z');
    expect(end.toISOString()).toBe('2027-03-20T20:30:00.000Z');
  });

  it('names the Jalali months', () => {
    expect(jalaliMonthNames('fa')[0]).toBe('فروردین');
    expect(jalaliMonthNames('fa')[8]).toBe('آذر');
    expect(jalaliMonthNames('en')[11]).toBe('Esfand');
  });
});

describe('dates on the Tehran calendar', () => {
  // Tehran is UTC+03:30 (no DST since 2022). 1405/09/11 = 2026-12-02.
  const at = (iso: string) => new Date(iso);
  const day = (d: Date) => d.toISOString().slice(0, 10);

  it('today is the Tehran date at 00:01 and 23:59 Tehran, not the UTC date', () => {
    expect(day(tehranToday(at('2026-12-01T20:31:00Z')))).toBe('2026-12-02'); // 00:01 Tehran, still Dec 1 in UTC
    expect(day(tehranToday(at('2026-12-02T20:29:00Z')))).toBe('2026-12-02'); // 23:59 Tehran
    expect(day(tehranToday(at('2026-12-02T20:30:00Z')))).toBe('2026-12-03'); // 00:00 Tehran the next day
  });

  it('today counts as today for a date typed at 00:01 Tehran (it was refused as "in the future")', () => {
    const typed = parseJalaliDate('1405/09/11')!;
    expect(typed.getTime()).toBeLessThanOrEqual(tehranToday(at('2026-12-01T20:31:00Z')).getTime());
    expect(parseJalaliDate('1405/09/12')!.getTime()).toBeGreaterThan(tehranToday(at('2026-12-02T20:29:00Z')).getTime());
  });

  it('ages in Jalali years: 18 on the Jalali birthday, not a day before', () => {
    const birth = parseJalaliDate('1387/09/09')!;
    expect(jalaliAgeOn(birth, tehranMoment('1405/09/08', '23:59'))).toBe(17);
    expect(jalaliAgeOn(birth, tehranMoment('1405/09/09', '00:01'))).toBe(18);
  });

  it('born on Esfand 30 of a leap year: a year completes on Farvardin 1 when Esfand has 29 days', () => {
    // 1403 is a leap year (Esfand 30 exists); 1404 is not.
    const birth = parseJalaliDate('1403/12/30')!;
    expect(birth).not.toBeNull();
    expect(parseJalaliDate('1404/12/30')).toBeNull();
    expect(jalaliAgeOn(birth, tehranMoment('1404/12/29', '23:59'))).toBe(0);
    expect(jalaliAgeOn(birth, tehranMoment('1405/01/01', '00:01'))).toBe(1);
    // Born Esfand 29 of a common year: one year on the next Esfand 29.
    expect(jalaliAgeOn(parseJalaliDate('1404/12/29')!, tehranMoment('1405/12/29', '00:01'))).toBe(1);
  });

  it('the Jalali year turns at Tehran midnight after Esfand 29 or 30', () => {
    expect(toJalali(tehranMoment('1404/12/29', '23:59'))).toEqual({ jy: 1404, jm: 12, jd: 29 });
    expect(toJalali(tehranMoment('1405/01/01', '00:01'))).toEqual({ jy: 1405, jm: 1, jd: 1 });
    expect(toJalali(tehranMoment('1403/12/30', '23:59'))).toEqual({ jy: 1403, jm: 12, jd: 30 });
  });
});

/** The instant at a Tehran wall-clock time on a Jalali date (UTC+03:30). */
function tehranMoment(jalali: string, time: string): Date {
  const date = parseJalaliDate(jalali)!;
  const [h, m] = time.split(':').map(Number);
  return new Date(date.getTime() + (h! * 60 + m! - 210) * 60_000);
}

describe('due dates in Tehran days', () => {
  it('ends a due date at the Tehran midnight after its day, from 00:01 or 23:59, and shows the day itself', async () => {
    const { tehranDayEnd, formatDueDay, tehranDaysBetween } = await import('./format');
    // 1405/09/12 00:01 and 23:59 Tehran (UTC+03:30; UTC is still on the 11th at 00:01): seven days later
    // ends at 1405/09/20 00:00 Tehran for both, shown as «۱۹ آذر».
    const early = new Date('2026-12-02T20:31:00Z');
    const late = new Date('2026-12-03T20:29:00Z');
    expect(tehranDayEnd(early, 7).toISOString()).toBe('2026-12-10T20:30:00.000Z');
    expect(tehranDayEnd(late, 7).toISOString()).toBe('2026-12-10T20:30:00.000Z');
    expect(formatDueDay(tehranDayEnd(early, 7))).toBe('۱۹ آذر ۱۴۰۵');
    expect(tehranDaysBetween(early, late)).toBe(0);
    expect(tehranDaysBetween(early, new Date('2026-12-03T20:31:00Z'))).toBe(1);
    // Across the Jalali year: from Esfand 29, 1403 (a leap year: Esfand has 30 days), 2 days ends after Farvardin 1.
    const esfand29 = new Date('2025-03-19T08:00:00Z');
    expect(formatDueDay(tehranDayEnd(esfand29, 1))).toBe('۳۰ اسفند ۱۴۰۳');
    expect(formatDueDay(tehranDayEnd(esfand29, 2))).toBe('۱ فروردین ۱۴۰۴');
  });
});
