import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-link';
import { inputClass } from '@/components/ui/field';
import type { Locale } from '@/lib/i18n/format';
import type { QueueFilters } from '@/lib/reports/queue-filters';
import type { ReportStatus } from '@/lib/workflow/transitions';
import { localized } from '@/lib/i18n/format';

type Option = { id: number; name: string; nameEn: string };

/** A plain GET form: filters live in the address, so a filtered queue can be bookmarked and shared. */
export async function QueueFiltersForm({
  filters,
  statuses,
  categories,
  provinces,
  topics,
  locale,
}: {
  filters: QueueFilters;
  statuses: readonly ReportStatus[];
  categories: Option[];
  provinces: Option[] | null;
  topics: Option[];
  locale: Locale;
}) {
  const [t, status] = await Promise.all([getTranslations('review.filters'), getTranslations('status')]);
  const name = (o: Option) => localized(o, locale);
  // Open when a filter is in use, so a person sees why the list is short.
  const active = Boolean(filters.q || filters.categoryId || filters.provinceId || filters.topicId || filters.overdue || filters.status !== 'queue');
  return (
    <details open={active} className="rounded-xl border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">{t('label')}</summary>
      <form method="get" role="search" aria-label={t('label')} className="mt-3 grid gap-3 sm:grid-cols-3">
        <label className="text-sm sm:col-span-3">
          {t('q')}
          <input type="search" name="q" defaultValue={filters.q} maxLength={100} className={inputClass} />
        </label>
        <label className="text-sm">
          {t('status')}
          <select name="status" defaultValue={filters.status} className={inputClass}>
            <option value="queue">{t('queue')}</option>
            <option value="all">{t('all')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {status(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t('category')}
          <select name="categoryId" defaultValue={filters.categoryId ?? ''} className={inputClass}>
            <option value="">{t('any')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t('topic')}
          <select name="topicId" defaultValue={filters.topicId ?? ''} className={inputClass}>
            <option value="">{t('any')}</option>
            {topics.map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </select>
        </label>
        {provinces ? (
          <label className="text-sm">
            {t('province')}
            <select name="provinceId" defaultValue={filters.provinceId ?? ''} className={inputClass}>
              <option value="">{t('any')}</option>
              {provinces.map((c) => (
                <option key={c.id} value={c.id}>
                  {name(c)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="overdue" defaultChecked={filters.overdue} className="size-4" />
          {t('overdue')}
        </label>
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            {t('apply')}
          </button>
        </div>
      </form>
    </details>
  );
}
