// The aggregate tables behind /stats as open data (issue #16): each a flat table of one Jalali year, read from the
// public snapshot (already suppressed: a withheld count is null in JSON, empty in CSV). docs/open-data.md
// describes each column and its unit. Part B's index (/api/open-data) lists STATS_DATASETS. Client-safe, pure.
import { jalaliMonthNames } from '@/lib/i18n/format';
import { csvRow, UTF8_BOM } from '@/lib/open-data/csv';
import type { StatsFigures } from './figures';

export type Cell = string | number | null;
export type StatsColumn = { name: string; title: { fa: string; en: string }; unit: string };
export type StatsDataset = {
  id: string;
  title: { fa: string; en: string };
  columns: StatsColumn[];
  /** The CSV and JSON addresses (add `?year=<Jalali year>`; without it, the newest year). */
  csv: string;
  json: string;
};

const col = (name: string, fa: string, en: string, unit: string): StatsColumn => ({ name, title: { fa, en }, unit });
const YEAR = col('year', 'سال', 'Year', 'Jalali year of submission');
const COUNT = col('count', 'شمار', 'Count', 'reports; empty when withheld (below 5, or to protect another cell)');
const CATEGORY_ID = col('category_id', 'شناسه موضوع', 'Category id', 'id');
const CATEGORY = col('category', 'موضوع', 'Category', 'Persian name');
const CATEGORY_EN = col('category_en', 'موضوع (انگلیسی)', 'Category (English)', 'English name');
const PROVINCE_ID = col('province_id', 'شناسه استان', 'Province id', 'id');
const PROVINCE = col('province', 'استان', 'Province', 'Persian name');
const PROVINCE_EN = col('province_en', 'استان (انگلیسی)', 'Province (English)', 'English name');
const PERCENT = (name: string, fa: string, en: string) => col(name, fa, en, 'percent, one decimal; empty when withheld');
const DAYS = (name: string, fa: string, en: string) => col(name, fa, en, 'days, one decimal; empty when withheld');

type Definition = Omit<StatsDataset, 'csv' | 'json'> & { rows: (f: StatsFigures) => Cell[][] };

const definitions: Definition[] = [
  {
    id: 'by-kind',
    title: { fa: 'گزارش‌ها بر پایه نوع', en: 'Reports by kind' },
    columns: [YEAR, col('kind', 'نوع', 'Kind', 'REPORT, OPINION or SUGGESTION'), COUNT],
    rows: (f) => f.byKind.map((k) => [f.year, k.kind, k.count]),
  },
  {
    id: 'by-category',
    title: { fa: 'گزارش‌ها بر پایه موضوع', en: 'Reports by category' },
    columns: [YEAR, CATEGORY_ID, CATEGORY, CATEGORY_EN, COUNT],
    rows: (f) => f.categories.map((c) => [f.year, c.id, c.name, c.nameEn, c.count]),
  },
  {
    id: 'by-province',
    title: { fa: 'گزارش‌ها بر پایه استان، به ازای هر ۱۰۰ هزار نفر', en: 'Reports by province, per 100,000 inhabitants' },
    columns: [
      YEAR,
      PROVINCE_ID,
      PROVINCE,
      PROVINCE_EN,
      col('population', 'جمعیت', 'Population', 'inhabitants, 1395 (2016) census of the Statistical Centre of Iran'),
      COUNT,
      col('per_100k', 'به ازای هر ۱۰۰ هزار نفر', 'Per 100,000 inhabitants', 'reports per 100,000 inhabitants, two decimals; empty when the count is withheld'),
    ],
    rows: (f) => f.provinces.map((p) => [f.year, p.id, p.name, p.nameEn, p.population, p.count, p.per100k]),
  },
  {
    id: 'province-category',
    title: { fa: 'گزارش‌ها بر پایه استان و موضوع', en: 'Reports by province and category' },
    columns: [YEAR, PROVINCE_ID, PROVINCE, CATEGORY_ID, CATEGORY, COUNT],
    rows: (f) => f.provinces.flatMap((p, i) => f.categories.map((c, j) => [f.year, p.id, p.name, c.id, c.name, f.provinceCategory[i]?.[j] ?? null])),
  },
  {
    id: 'by-month',
    title: { fa: 'گزارش‌ها بر پایه ماه', en: 'Reports by month' },
    columns: [YEAR, col('month', 'ماه', 'Month', 'Jalali month, 1 = Farvardin'), col('month_name', 'نام ماه', 'Month name', 'Persian name'), COUNT],
    rows: (f) => {
      const names = jalaliMonthNames('fa');
      return f.byMonth.map((count, i) => [f.year, i + 1, names[i]!, count]);
    },
  },
  {
    id: 'funnel',
    title: { fa: 'از دریافت تا رفع', en: 'From received to resolved' },
    columns: [YEAR, col('step', 'گام', 'Step', 'received, reviewed, referred, answered or resolved (docs/open-data.md)'), COUNT],
    rows: (f) => f.funnel.steps.map((s) => [f.year, s.step, s.count]),
  },
  {
    id: 'rejections',
    title: { fa: 'ردشده در هر مرحله بررسی', en: 'Rejected at each review stage' },
    columns: [
      YEAR,
      col('stage', 'مرحله', 'Stage', 'CORE_REVIEW, PROVINCE_REVIEW or NATIONAL_REVIEW'),
      col('entered', 'رسیده به مرحله', 'Reached the stage', 'reports; empty when below 5'),
      col('rejected', 'ردشده', 'Rejected', 'reports; empty when below 5'),
      PERCENT('rejected_percent', 'سهم ردشده', 'Share rejected'),
    ],
    rows: (f) => f.funnel.stages.map((s) => [f.year, s.stage, s.entered, s.rejected, s.rejectedPercent]),
  },
  {
    id: 'agencies',
    title: { fa: 'جدول پاسخ‌گویی دستگاه‌ها', en: 'Agency responsiveness' },
    columns: [
      YEAR,
      col('agency', 'شناسه دستگاه', 'Agency key', 'slug'),
      col('agency_name', 'دستگاه', 'Agency', 'Persian name'),
      col('agency_name_en', 'دستگاه (انگلیسی)', 'Agency (English)', 'English name'),
      col('referrals', 'ارجاع‌ها', 'Referrals', 'referrals (not withdrawn); empty when withheld'),
      PERCENT('acknowledged_within_due_percent', 'تأیید دریافت در مهلت', 'Acknowledged on time'),
      PERCENT('answered_within_due_percent', 'پاسخ در مهلت', 'Answered on time'),
      DAYS('median_days_to_acknowledge', 'میانه روز تا تأیید دریافت', 'Median days to acknowledge'),
      DAYS('median_days_to_answer', 'میانه روز تا پاسخ', 'Median days to answer'),
      PERCENT('sent_back_percent', 'پاسخ بازگردانده‌شده', 'Answers sent back'),
      PERCENT('satisfied_percent', 'رضایت گزارش‌دهندگان', 'Reporters satisfied'),
    ],
    rows: (f) =>
      f.agencies.map((a) => [
        f.year,
        a.slug,
        a.name,
        a.nameEn,
        a.referrals,
        a.acknowledgedWithinDuePercent,
        a.answeredWithinDuePercent,
        a.medianDaysToAcknowledge,
        a.medianDaysToAnswer,
        a.sentBackPercent,
        a.satisfiedPercent,
      ]),
  },
];

/** Every aggregate table, for the open-data index: its columns and its CSV and JSON addresses. */
export const STATS_DATASETS: StatsDataset[] = definitions.map((d) => ({
  id: d.id,
  title: d.title,
  columns: d.columns,
  csv: `/api/open-data/stats/${d.id}.csv`,
  json: `/api/open-data/stats/${d.id}.json`,
}));

/** One table's rows for a year's figures, in the order of its columns; null where withheld. */
export function statsTableRows(id: string, figures: StatsFigures): Cell[][] | null {
  return definitions.find((d) => d.id === id)?.rows(figures) ?? null;
}

/** A whole table as CSV: the one writer of the open-data exports (lib/open-data/csv.ts), BOM first. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return UTF8_BOM + [header, ...rows].map((r) => csvRow(r)).join('');
}
