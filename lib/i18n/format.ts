// The one place that turns numbers and dates into what a person reads: Persian digits and the
// Jalali (Solar Hijri) calendar for `fa`; Latin digits, still on the Jalali calendar, for `en`.
import { toGregorian, toJalaali, isValidJalaaliDate, jalaaliMonthLength } from 'jalaali-js';
import { normalizeIdentifier, toPersianDigits } from '@/lib/text/normalize';

export type Locale = 'fa' | 'en';
export const locales: readonly Locale[] = ['fa', 'en'] as const;
export const defaultLocale: Locale = 'fa';
export const TIME_ZONE = 'Asia/Tehran';

export function isLocale(value: unknown): value is Locale {
  return value === 'fa' || value === 'en';
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

const intlLocale = (locale: Locale) => (locale === 'fa' ? 'fa-IR-u-ca-persian-nu-arabext' : 'en-US-u-ca-persian-nu-latn');

/**
 * Formatters are made once per locale and kind: building an Intl formatter with the Persian calendar costs
 * about 0.3 ms, formatting with it a microsecond. A list of 20 outcome cards built ~400 of them per request
 * (docs/benchmarks.md, issue #16). Intl formatters are immutable, so sharing them is safe.
 */
function memo<F>(make: (locale: Locale) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let f = made.get(locale);
    if (!f) made.set(locale, (f = make(locale)));
    return f;
  };
}

const numberFormat = memo((locale) => new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US'));
const megabyteFormat = memo((locale) => new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

export function formatNumber(value: number, locale: Locale = 'fa'): string {
  return numberFormat(locale).format(value);
}

/** A file size in megabytes with one decimal, in the reader's digits and decimal sign (e.g. «۱٫۴»). */
export function formatMegabytes(bytes: number, locale: Locale = 'fa'): string {
  return megabyteFormat(locale).format(bytes / (1024 * 1024));
}

const unitFormat = (unit: 'kilobyte' | 'megabyte', digits: number) =>
  memo((locale) => new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: digits }));
const kilobyteFormat = unitFormat('kilobyte', 0);
const megabyteUnitFormat = unitFormat('megabyte', 1);

/**
 * A file's size as a person reads it, with its unit: «۵۶ کیلوبایت» under a megabyte (at least 1), else «۱٫۲ مگابایت»
 * (1024-based). Not formatMegabytes for a single file: a 50 KB file read «۰٫۰ مگابایت» (break-it review, #17).
 */
export function formatFileSize(bytes: number, locale: Locale = 'fa'): string {
  return bytes < 1024 * 1024 ? kilobyteFormat(locale).format(Math.max(1, Math.round(bytes / 1024))) : megabyteUnitFormat(locale).format(bytes / (1024 * 1024));
}

const dateParts: Intl.DateTimeFormatOptions = { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' };
const dateFormat = memo((locale) => new Intl.DateTimeFormat(intlLocale(locale), dateParts));
const dateTimeFormat = memo((locale) => new Intl.DateTimeFormat(intlLocale(locale), { ...dateParts, hour: '2-digit', minute: '2-digit', hour12: false }));
const timeFormat = memo((locale) => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }));

/** A calendar date, e.g. «۲ آذر ۱۴۰۵». */
export function formatDate(date: Date, locale: Locale = 'fa'): string {
  return dateFormat(locale).format(date);
}

/** Date and time in Tehran, e.g. «۲ آذر ۱۴۰۵، ساعت ۲۱:۳۷». */
export function formatDateTime(date: Date, locale: Locale = 'fa'): string {
  return dateTimeFormat(locale).format(date);
}

/** A time of day in Tehran, e.g. «۱۴:۳۲» (the next allowed one-time code). */
export function formatTime(date: Date, locale: Locale = 'fa'): string {
  return timeFormat(locale).format(date);
}

export type JalaliDate = { jy: number; jm: number; jd: number };

/** The Jalali calendar date of an instant, as seen in Tehran. */
const tehranDayParts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function toJalali(date: Date): JalaliDate {
  const parts = tehranDayParts
    .formatToParts(date)
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  return toJalaali(parts.year!, parts.month!, parts.day!);
}

/**
 * Today's calendar date in Tehran, as the UTC-midnight Date that `parseJalaliDate` returns and a
 * `@db.Date` column holds. Every "today" and "not in the future" compares against this, never against
 * the instant: from 00:00 to 03:30 Tehran time the UTC date is still yesterday (issue #11).
 */
export function tehranToday(now: Date = new Date()): Date {
  const { jy, jm, jd } = toJalali(now);
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd));
}

/**
 * The end of the Tehran calendar day `days` days after the day of `from` — the next Tehran midnight
 * after that day, as an instant. A due date "in 7 days" given at 23:59 or at 00:01 Tehran time ends at
 * the same midnight of the seventh day after, whatever the UTC date says (issue #14).
 */
export function tehranDayEnd(from: Date, days: number): Date {
  const today = tehranToday(from);
  const target = new Date(today.getTime() + (days + 1) * 86_400_000);
  const j = toJalaali(target.getUTCFullYear(), target.getUTCMonth() + 1, target.getUTCDate());
  return tehranMidnight(j.jy, j.jm, j.jd);
}

/**
 * A due date (the end of a Tehran day, as `tehranDayEnd` makes it) as the day people read: «۱۹ آذر ۱۴۰۵»,
 * not the next midnight («۲۰ آذر، ساعت ۰۰:۰۰») that would look a day late.
 */
export function formatDueDay(dueAt: Date, locale: Locale = 'fa'): string {
  return formatDate(new Date(dueAt.getTime() - 1), locale);
}

/** Whole Tehran calendar days from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function tehranDaysBetween(from: Date, to: Date): number {
  return Math.round((tehranToday(to).getTime() - tehranToday(from).getTime()) / 86_400_000);
}

/**
 * Whole Jalali years from a calendar date (UTC midnight, as parsed) to today in Tehran: a year is
 * complete on the same Jalali month and day. Someone born on Esfand 30 of a leap year completes a year
 * on Farvardin 1 of a year whose Esfand has 29 days. (Gregorian arithmetic accepted 1387/09/09 on 1405/09/08.)
 */
export function jalaliAgeOn(birth: Date, now: Date = new Date()): number {
  const b = toJalaali(birth.getUTCFullYear(), birth.getUTCMonth() + 1, birth.getUTCDate());
  const t = toJalali(now);
  const birthdayPassed = t.jm > b.jm || (t.jm === b.jm && t.jd >= b.jd);
  return t.jy - b.jy - (birthdayPassed ? 0 : 1);
}

/** The Jalali years a typed date may have (1300 = 1921). */
export const JALALI_YEAR_MIN = 1300;
export const JALALI_YEAR_MAX = 1499;

/**
 * Parses «۱۴۰۵/۰۹/۰۲», «1405-9-2» and the like into a UTC midnight Date for a `@db.Date` column.
 * Returns null for anything that is not a real Jalali date.
 */
export function parseJalaliDate(input: string): Date | null {
  const match = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(normalizeIdentifier(input));
  if (!match) return null;
  const [jy, jm, jd] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Years outside 1300–1499 are typing mistakes (0000/01/01 was stored as the year 621), never a real date here.
  if (jy < JALALI_YEAR_MIN || jy > JALALI_YEAR_MAX || !isValidJalaaliDate(jy, jm, jd)) return null;
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd));
}

/**
 * The instant a Tehran calendar day begins (00:00 Asia/Tehran), for a calendar date as `parseJalaliDate`
 * returns it (UTC midnight). A span of whole days runs from its first day's start to the start of the day
 * after its last (issue #15: a priority topic is open on its last day until midnight).
 */
export function tehranDayStart(day: Date): Date {
  const j = toJalaali(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  return tehranMidnight(j.jy, j.jm, j.jd);
}

/** The UTC instants bounding a Jalali year in Tehran: [start, end). Used for the annual report. */
export function jalaliYearRange(jy: number): { start: Date; end: Date } {
  return { start: tehranMidnight(jy, 1, 1), end: tehranMidnight(jy + 1, 1, 1) };
}

/** The instant a Jalali month begins in Tehran (its first day, 00:00): month boundaries of the statistics. */
export function jalaliMonthStart(jy: number, jm: number): Date {
  return tehranMidnight(jy, jm, 1);
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

const tehranOffsetName = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

function tehranOffsetMinutes(at: Date): number {
  const name = tehranOffsetName.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The twelve Jalali month names, from Intl (فروردین … اسفند / Farvardin … Esfand). */
export function jalaliMonthNames(locale: Locale = 'fa'): string[] {
  return [...monthNames(locale)];
}

const monthNames = memo((locale): readonly string[] => {
  const formatter = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' });
  // The 15th of each month of 1405, safely inside the month whatever the offset.
  return Array.from({ length: 12 }, (_, i) => {
    const { gy, gm, gd } = toGregorian(1405, i + 1, 15);
    return formatter.format(new Date(Date.UTC(gy, gm - 1, gd)));
  });
});

/** The name (or title) of reference data in the reader's language: `name`/`title` in Persian, `nameEn`/`titleEn` in English. */
export function localized(x: { name: string; nameEn: string } | { title: string; titleEn: string }, locale: Locale): string {
  return 'name' in x ? (locale === 'fa' ? x.name : x.nameEn) : locale === 'fa' ? x.title : x.titleEn;
}

/** Digits as the reader writes them: Persian in `fa`, Latin in `en`. */
export function localDigits(value: string | number, locale: Locale): string {
  return locale === 'fa' ? toPersianDigits(value) : String(value);
}
