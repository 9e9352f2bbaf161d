import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-link';
import { inputClass } from '@/components/ui/field';
import { localDigits, localized, type Locale } from '@/lib/i18n/format';
import type { OutcomeFilterOptions } from '@/lib/outcomes/list-outcome-filter-options';
import type { OutcomeFilters } from '@/lib/outcomes/outcome-filters';
import { RESOLUTIONS } from '@/lib/outcomes/resolutions';

type Option = { value: string; label: string };

/**
 * The /outcomes filters: a plain GET form (works without JavaScript; a filtered list is an address to
 * bookmark or share). Each control shows the value in force; a new search starts from the newest outcome.
 */
export async function OutcomeFiltersForm({ filters, options, locale }: { filters: OutcomeFilters; options: OutcomeFilterOptions; locale: Locale }) {
  const [t, outcomes] = await Promise.all([getTranslations('outcomesPage'), getTranslations('outcomes')]);
  const select = (name: keyof OutcomeFilters, label: string, choices: Option[]) => (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={filters[name] === undefined ? '' : String(filters[name])} className={inputClass}>
        <option value="">{t('any')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
  const named = (list: readonly { id: number | string; name: string; nameEn: string }[]) =>
    list.map((o) => ({ value: String(o.id), label: localized(o, locale) }));
  return (
    <form
      method="get"
      action="/outcomes"
      role="search"
      aria-label={t('filters')}
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3"
    >
      <label className="block text-sm sm:col-span-3">
        <span className="font-medium">{t('q')}</span>
        <input type="search" name="q" dir="auto" defaultValue={filters.q ?? ''} maxLength={100} placeholder={t('qHint')} className={inputClass} />
      </label>
      {select('province', t('province'), named(options.provinces))}
      {select('category', t('category'), named(options.categories))}
      {select('agency', t('agency'), named(options.agencies))}
      {select(
        'year',
        t('year'),
        options.years.map((y) => ({ value: String(y), label: localDigits(y, locale) })),
      )}
      {select(
        'resolution',
        t('resolution'),
        RESOLUTIONS.map((r) => ({ value: r, label: outcomes(`resolutions.${r}`) })),
      )}
      <div className="flex flex-wrap items-end gap-2">
        <button type="submit" className={buttonClass()}>
          {t('apply')}
        </button>
        <Link href="/outcomes" className={buttonClass('secondary')}>
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
