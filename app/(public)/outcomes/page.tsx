import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { OutcomeFiltersForm } from '@/components/outcomes/outcome-filters';
import { OutcomeList } from '@/components/outcomes/outcome-list';
import { firstValues } from '@/lib/http/list-href';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { listOutcomeFilterOptions } from '@/lib/outcomes/list-outcome-filter-options';
import { listPublicOutcomes } from '@/lib/outcomes/list-public-outcomes';
import { hasOutcomeFilter, outcomePageFiltersSchema, outcomeQueryString } from '@/lib/outcomes/outcome-filters';

export const generateMetadata = titled('outcomesPage');

const linkClass = 'inline-flex min-h-11 items-center text-brand-800 underline';

/**
 * `/outcomes`: the published outcomes, newest first, 20 a page (keyset: the next page's link carries the
 * last outcome's place in the order, never a count). Filters and search are a GET form, so the page works
 * without JavaScript and any filtered list is an address; the same query downloads it as open data.
 */
export default async function OutcomesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = outcomePageFiltersSchema.parse(firstValues(await searchParams));
  const locale = await currentLocale();
  const [t, { items, nextCursor }, options] = await Promise.all([
    getTranslations('outcomesPage'),
    listPublicOutcomes({ filters, locale }),
    listOutcomeFilterOptions(),
  ]);
  const filtered = hasOutcomeFilter(filters);
  const query = outcomeQueryString(filters);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-3 leading-7 text-muted">{t('intro')}</p>
        <p className="mt-2 text-sm leading-7 text-muted">{t('refresh')}</p>
      </header>

      <OutcomeFiltersForm filters={filters} options={options} locale={locale} />

      <section aria-labelledby="outcome-results-title" className="space-y-3">
        <h2 id="outcome-results-title" className="text-lg font-bold">
          {t('results')}
        </h2>
        <OutcomeList items={items} empty={filtered ? t('emptyFiltered') : t('empty')} locale={locale} />
        {nextCursor !== null || filters.after !== undefined ? (
          <nav aria-label={t('pages')} className="flex flex-wrap gap-x-6">
            {nextCursor !== null ? (
              <Link href={`/outcomes${outcomeQueryString(filters, nextCursor)}`} rel="next" className={linkClass} data-testid="outcomes-next">
                {t('next')}
              </Link>
            ) : null}
            {filters.after !== undefined ? (
              <Link href={`/outcomes${query}`} className={linkClass}>
                {t('first')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>

      <p className="text-sm leading-7 text-muted">
        {t('download')}{' '}
        <a href={`/api/open-data/outcomes.csv${query}`} className="text-brand-800 underline" download>
          {t('downloadCsv')}
        </a>
        {' · '}
        <a href={`/api/open-data/outcomes.json${query}`} className="text-brand-800 underline">
          {t('downloadJson')}
        </a>
        <br />
        {t('licence')}
      </p>
    </div>
  );
}
