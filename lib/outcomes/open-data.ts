// The published outcomes as open data (issue #16): one record per outcome, the same columns in CSV and
// JSON, documented column by column in docs/open-data.md ("## Published outcomes"; a test keeps the two
// in step). An explicit allow-list built from the public projection's columns: no report id, tracking
// code, case number, sequence number or instant — days only, submission as a Jalali year and month.
import { toJalaali } from 'jalaali-js';
import type { Prisma, ReportKind, Resolution } from '@/lib/generated/prisma/client';
import { publicOutcomeSelect } from './public-view';

/** One dataset of the open-data index (/api/open-data). The lead's statistics datasets share this shape. */
export type OpenDataDataset = {
  id: string;
  title: { fa: string; en: string };
  description: { fa: string; en: string };
  /** Paths on this site; the index makes them absolute. */
  csv: string;
  json: string;
  /** Which query parameters filter it. */
  filters: readonly string[];
  refresh: { fa: string; en: string };
  /** The columns, for the aggregate tables (the outcomes' are in docs/open-data.md). */
  columns?: readonly { name: string; title: { fa: string; en: string }; unit: string }[];
};

/** The licence of every dataset Sajam publishes (docs/open-data.md). */
export const OPEN_DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The outcome datasets of the open-data index; the statistics' (lib/stats/open-data-tables.ts STATS_DATASETS) are listed after them. */
export const OUTCOME_DATASETS: readonly OpenDataDataset[] = [
  {
    id: 'outcomes',
    title: { fa: 'نتایج منتشرشده', en: 'Published outcomes' },
    description: {
      fa: 'هر نتیجه منتشرشده در یک سطر: دسته، استان (شهرستان فقط بالای آستانه)، ماه ثبت، دستگاه‌ها، خلاصه گزارش و پاسخ، نتیجه، نظر گزارش‌دهنده و تاریخ‌های روند پیگیری (روز، نه ساعت).',
      en: 'One row per published outcome: category, province (county only above the threshold), month of submission, agencies, the public summaries of the report and the answer, the resolution, the reporter’s rating and the days of the follow-up (days, never times).',
    },
    csv: '/api/open-data/outcomes.csv',
    json: '/api/open-data/outcomes.json',
    filters: ['province', 'category', 'agency', 'year', 'resolution', 'q'],
    refresh: {
      fa: 'نتیجه‌ها هنگام انتشار افزوده و با لغو انتشار حذف می‌شوند (در به‌روزرسانی بعدی).',
      en: 'An outcome appears when it is published and leaves when it is unpublished (at the next refresh).',
    },
  },
];

/** The columns of the outcomes dataset, in the CSV's order (also the keys of each JSON object). */
export const OUTCOME_COLUMNS = [
  'id',
  'kind',
  'category_id',
  'category_fa',
  'category_en',
  'province_id',
  'province_fa',
  'province_en',
  'county_id',
  'county_fa',
  'county_en',
  'submitted_year',
  'submitted_month',
  'summary',
  'answer_summary',
  'resolution',
  'reporter_satisfied',
  'agencies_fa',
  'agencies_en',
  'referred_on',
  'referred_on_jalali',
  'acknowledged_on',
  'acknowledged_on_jalali',
  'answered_on',
  'answered_on_jalali',
  'accepted_on',
  'accepted_on_jalali',
  'published_on',
  'published_on_jalali',
] as const;
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];

const both = { select: { name: true, nameEn: true } } as const;

/** The projection's columns plus the reference ids (so the data joins the statistics tables); never reportId or seq. */
export const openDataOutcomeSelect = {
  ...publicOutcomeSelect,
  categoryId: true,
  provinceId: true,
  countyId: true,
  category: both,
  province: both,
  county: both,
} as const satisfies Prisma.PublicOutcomeSelect;

export type OpenDataOutcomeRow = Prisma.PublicOutcomeGetPayload<{ select: typeof openDataOutcomeSelect }>;

export type OutcomeRecord = {
  id: string;
  kind: ReportKind;
  category_id: number;
  category_fa: string;
  category_en: string;
  province_id: number;
  province_fa: string;
  province_en: string;
  county_id: number | null;
  county_fa: string | null;
  county_en: string | null;
  submitted_year: number;
  submitted_month: number;
  summary: string;
  answer_summary: string;
  resolution: Resolution | null;
  reporter_satisfied: boolean | null;
  agencies_fa: string[];
  agencies_en: string[];
  referred_on: string | null;
  referred_on_jalali: string | null;
  acknowledged_on: string | null;
  acknowledged_on_jalali: string | null;
  answered_on: string | null;
  answered_on_jalali: string | null;
  accepted_on: string | null;
  accepted_on_jalali: string | null;
  published_on: string;
  published_on_jalali: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A `date` column's day (midnight UTC of the Tehran day) as ISO 8601, YYYY-MM-DD. */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The same day on the Jalali calendar, YYYY-MM-DD with Latin digits (sortable, machine-readable). */
export function jalaliDay(day: Date): string {
  const { jy, jm, jd } = toJalaali(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  return `${jy}-${pad(jm)}-${pad(jd)}`;
}

/** One outcome as open data. `agencies`: id → both names (an agency missing from it is left out). */
export function toOutcomeRecord(row: OpenDataOutcomeRow, agencies: ReadonlyMap<string, { name: string; nameEn: string }>): OutcomeRecord {
  const named = row.agencyIds.flatMap((id) => agencies.get(id) ?? []);
  const day = (d: Date | null) => (d ? isoDay(d) : null);
  const jalali = (d: Date | null) => (d ? jalaliDay(d) : null);
  return {
    id: row.id,
    kind: row.kind,
    category_id: row.categoryId,
    category_fa: row.category.name,
    category_en: row.category.nameEn,
    province_id: row.provinceId,
    province_fa: row.province.name,
    province_en: row.province.nameEn,
    county_id: row.county ? row.countyId : null,
    county_fa: row.county?.name ?? null,
    county_en: row.county?.nameEn ?? null,
    submitted_year: row.year,
    submitted_month: row.month,
    summary: row.summary,
    answer_summary: row.answerSummary,
    resolution: row.resolution,
    reporter_satisfied: row.satisfied,
    agencies_fa: named.map((a) => a.name),
    agencies_en: named.map((a) => a.nameEn),
    referred_on: day(row.referredOn),
    referred_on_jalali: jalali(row.referredOn),
    acknowledged_on: day(row.acknowledgedOn),
    acknowledged_on_jalali: jalali(row.acknowledgedOn),
    answered_on: day(row.answeredOn),
    answered_on_jalali: jalali(row.answeredOn),
    accepted_on: day(row.acceptedOn),
    accepted_on_jalali: jalali(row.acceptedOn),
    published_on: isoDay(row.publishedOn),
    published_on_jalali: jalaliDay(row.publishedOn),
  };
}

/** Several agencies in one CSV cell. */
export const AGENCY_SEPARATOR = ' | ';

/** A record as CSV cells, in OUTCOME_COLUMNS order. */
export function outcomeCsvValues(record: OutcomeRecord): (string | number | boolean | null)[] {
  return OUTCOME_COLUMNS.map((column) => {
    const value = record[column];
    return Array.isArray(value) ? value.join(AGENCY_SEPARATOR) : value;
  });
}
