import { describe, expect, it } from 'vitest';
import {
  normalizePersianText,
  formatDate,
  formatDateTime,
  formatNumber,
  jalaliMonthNames,
  jalaliYearRange,
  parseJalaliDate,
  toJalali,
  toLatinDigits,
  toPersianDigits,
} from './format';

describe('digits', () => {
  it('turns Latin digits into Persian ones and back, accepting Arabic-Indic digits too', () => {
    expect(toPersianDigits('09121234567')).toBe('۰۹۱۲۱۲۳۴۵۶۷');
    expect(toPersianDigits(1405)).toBe('۱۴۰۵');
    expect(toLatinDigits('۰۹۱۲-٣٤٥')).toBe('0912-345');
  });

  it('formats numbers with Persian digits and separators', () => {
    expect(formatNumber(13000, 'fa')).toBe('۱۳٬۰۰۰');
    expect(formatNumber(13000, 'en')).toBe('13,000');
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

  it('folds Arabic letters into Persian ones', () => {
    expect(normalizePersianText('كوچه علي')).toBe('کوچه علی');
    expect(normalizePersianText('مـدرسه')).toBe('مدرسه');
  });
});
