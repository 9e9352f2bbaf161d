// The one place that turns numbers and dates into what a person reads: Persian digits and the
// Jalali (Solar Hijri) calendar for `fa`; Latin digits, still on the Jalali calendar, for `en`.
import { toGregorian, toJalaali, isValidJalaaliDate, jalaaliMonthLength } from 'jalaali-js';

export type Locale = 'fa' | 'en';
export const locales: readonly Locale[] = ['fa', 'en'] as const;
export const defaultLocale: Locale = 'fa';
export const TIME_ZONE = 'Asia/Tehran';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

export function isLocale(value: unknown): value is Locale {
  return value === 'fa' || value === 'en';
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/** Latin digits → Persian digits; other characters are kept. */
export function toPersianDigits(input: string | number): string {
  return String(input).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]!);
}

/** Persian and Arabic-Indic digits → Latin digits, so people may type either. */
export function toLatinDigits(input: string): string {
  return input.replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d))).replace(/[٠-٩]/g, (d) => String(ARABIC_DIGITS.indexOf(d)));
}

// C0 control characters other than tab and line breaks, and DEL. A NUL cannot be stored in a
// PostgreSQL text column at all (it made POST /api/reports a 500); the rest only disguise text.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Removes control characters (NUL, escape, …) that no person types; tabs and line breaks stay. */
export function stripControlCharacters(input: string): string {
  return input.replace(CONTROL_CHARACTERS, '');
}

/**
 * Arabic keyboard letters → their Persian forms (ي→ی, ك→ک, ة→ه) and no tatweel, so text typed on
 * either keyboard is stored and searched alike; control characters are dropped.
 */
export function normalizePersianText(input: string): string {
  return stripControlCharacters(input).replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/ة/g, 'ه').replace(/ـ/g, '');
}

const intlLocale = (locale: Locale) => (locale === 'fa' ? 'fa-IR-u-ca-persian-nu-arabext' : 'en-US-u-ca-persian-nu-latn');

export function formatNumber(value: number, locale: Locale = 'fa'): string {
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US').format(value);
}

const dateParts: Intl.DateTimeFormatOptions = { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' };

/** A calendar date, e.g. «۲ آذر ۱۴۰۵». */
export function formatDate(date: Date, locale: Locale = 'fa'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), dateParts).format(date);
}

/** Date and time in Tehran, e.g. «۲ آذر ۱۴۰۵، ساعت ۲۱:۳۷». */
export function formatDateTime(date: Date, locale: Locale = 'fa'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...dateParts, hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}

export type JalaliDate = { jy: number; jm: number; jd: number };

/** The Jalali calendar date of an instant, as seen in Tehran. */
export function toJalali(date: Date): JalaliDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(date)
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  return toJalaali(parts.year!, parts.month!, parts.day!);
}

/** The Jalali years a typed date may have (1300 = 1921). */
export const JALALI_YEAR_MIN = 1300;
export const JALALI_YEAR_MAX = 1499;

/**
 * Parses «۱۴۰۵/۰۹/۰۲», «1405-9-2» and the like into a UTC midnight Date for a `@db.Date` column.
 * Returns null for anything that is not a real Jalali date.
 */
export function parseJalaliDate(input: string): Date | null {
  const match = /^\s*(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*$/.exec(toLatinDigits(input));
  if (!match) return null;
  const [jy, jm, jd] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Years outside 1300–1499 are typing mistakes (0000/01/01 was stored as the year 621), never a real date here.
  if (jy < JALALI_YEAR_MIN || jy > JALALI_YEAR_MAX || !isValidJalaaliDate(jy, jm, jd)) return null;
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd));
}

/** The UTC instants bounding a Jalali year in Tehran: [start, end). Used for the annual report. */
export function jalaliYearRange(jy: number): { start: Date; end: Date } {
  return { start: tehranMidnight(jy, 1, 1), end: tehranMidnight(jy + 1, 1, 1) };
}

export function jalaliMonthDays(jy: number, jm: number): number {
  return jalaaliMonthLength(jy, jm);
}

function tehranMidnight(jy: number, jm: number, jd: number): Date {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  const utcGuess = Date.UTC(gy, gm - 1, gd);
  // Iran has used a fixed +03:30 offset since 2022 (no DST); derive it from Intl to stay correct for older years.
  const offsetMinutes = tehranOffsetMinutes(new Date(utcGuess));
  return new Date(utcGuess - offsetMinutes * 60_000);
}

function tehranOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The twelve Jalali month names, from Intl (فروردین … اسفند / Farvardin … Esfand). */
export function jalaliMonthNames(locale: Locale = 'fa'): string[] {
  const formatter = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' });
  // The 15th of each month of 1405, safely inside the month whatever the offset.
  return Array.from({ length: 12 }, (_, i) => {
    const { gy, gm, gd } = toGregorian(1405, i + 1, 15);
    return formatter.format(new Date(Date.UTC(gy, gm - 1, gd)));
  });
}

/** The name (or title) of reference data in the reader's language: `name`/`title` in Persian, `nameEn`/`titleEn` in English. */
export function localized(x: { name: string; nameEn: string } | { title: string; titleEn: string }, locale: Locale): string {
  return 'name' in x ? (locale === 'fa' ? x.name : x.nameEn) : locale === 'fa' ? x.title : x.titleEn;
}

/** Digits as the reader writes them: Persian in `fa`, Latin in `en`. */
export function localDigits(value: string | number, locale: Locale): string {
  return locale === 'fa' ? toPersianDigits(value) : String(value);
}
