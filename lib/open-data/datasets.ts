// The datasets the open-data index (/api/open-data) lists: the published outcomes, then the aggregate
// tables behind /stats (lib/stats/open-data-tables.ts), each with its columns.
import { OPEN_DATA_LICENCE, OUTCOME_DATASETS, type OpenDataDataset } from '@/lib/outcomes/open-data';
import { STATS_DATASETS } from '@/lib/stats/open-data-tables';

const statsDatasets: OpenDataDataset[] = STATS_DATASETS.map((d) => ({
  id: `stats/${d.id}`,
  title: d.title,
  description: {
    fa: 'جدولی از آمار یک سال شمسی که در صفحه آمار آمده است؛ شمارهای کمتر از ۵ و هر خانه‌ای که آن‌ها را آشکار کند خالی است.',
    en: 'One Jalali year of a table shown on /stats; counts below 5, and any cell that would reveal one, are withheld.',
  },
  csv: d.csv,
  json: d.json,
  filters: ['year'],
  refresh: { fa: 'ساعتی، نه لحظه‌ای.', en: 'Hourly, not live.' },
  columns: d.columns,
}));

export const OPEN_DATA_DATASETS: readonly OpenDataDataset[] = [...OUTCOME_DATASETS, ...statsDatasets];

/** The index document: what is published, under which licence, how often it changes. */
export function openDataIndex() {
  return {
    name: { fa: 'داده‌های باز سجام', en: 'Sajam open data' },
    licence: OPEN_DATA_LICENCE,
    attribution: { fa: 'سجام، سامانه جامع ارتباط مردمی', en: 'Sajam (the people’s comprehensive communication system)' },
    refresh: {
      fa: 'آمار عمومی ساعتی به‌روز می‌شود، نه لحظه‌ای، تا ثبت یک گزارش تازه از تغییر یک عدد پیدا نباشد. نتیجه‌ها هنگام انتشار افزوده و با لغو انتشار حذف می‌شوند.',
      en: 'Public figures are refreshed hourly, not live, so a new submission cannot be spotted by watching a count move. Outcomes appear when published and leave when unpublished.',
    },
    smallCounts: {
      fa: 'شمارهای کمتر از ۵ منتشر نمی‌شوند (خالی یا null).',
      en: 'Counts below 5 are withheld (empty or null).',
    },
    /** Paths are relative to this index's address. Each dataset's filters are query parameters of both files. */
    datasets: OPEN_DATA_DATASETS,
  };
}
