// The datasets the open-data index (/api/open-data) lists. After merging part C of issue #16, its
// aggregate tables join here: `...STATS_DATASETS` from lib/stats/open-data-tables.ts (same shape).
import { OPEN_DATA_LICENCE, OUTCOME_DATASETS, type OpenDataDataset } from '@/lib/outcomes/open-data';

export const OPEN_DATA_DATASETS: readonly OpenDataDataset[] = [...OUTCOME_DATASETS];

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
