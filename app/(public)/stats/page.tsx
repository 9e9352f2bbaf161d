import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { StatsSections } from '@/components/stats/stats-sections';
import { YearPicker } from '@/components/stats/year-picker';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDateTime, localDigits } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getPublicStats } from '@/lib/stats/get-public-stats';
import { STATS_DATASETS } from '@/lib/stats/open-data-tables';

export const generateMetadata = titled('stats');
// The snapshot changes with the hourly refresh: read it per request (a cheap primary-key read), never at build time.
export const dynamic = 'force-dynamic';

const querySchema = z.object({ year: z.coerce.number().int().min(1300).max(1499).optional().catch(undefined) });

/** /stats?year=<Jalali year>: the public figures of a year, from the hourly snapshot (lib/stats/get-public-stats.ts). */
export default async function StatsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const { year } = querySchema.parse({ year: typeof raw.year === 'string' ? raw.year : undefined });
  const [t, locale, stats] = await Promise.all([getTranslations('stats'), currentLocale(), getPublicStats({ year })]);
  const years = stats.years.includes(stats.year) ? stats.years : [stats.year, ...stats.years];
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 leading-7 text-muted">{t('intro')}</p>
      <div className="mt-4">
        <YearPicker id="stats-year" action="/stats" years={years} selected={stats.year} label={t('yearLabel')} submit={t('show')} locale={locale} />
      </div>
      <div className="mt-4 space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm leading-7">
        <p data-testid="stats-refreshed">{stats.refreshedAt ? t('refreshed', { when: formatDateTime(stats.refreshedAt, locale) }) : t('notReady')}</p>
        <p>{t('smallCounts')}</p>
        <p>{t('cohort', { year: localDigits(stats.year, locale) })}</p>
        <p>
          <Link href="/api/open-data" className="font-medium text-brand-800 underline">
            {t('openData')}
          </Link>
          {': '}
          {STATS_DATASETS.map((d, i) => (
            <span key={d.id}>
              {i > 0 ? (locale === 'fa' ? '، ' : ', ') : null}
              <a href={`${d.csv}?year=${stats.year}`} className="text-brand-800 underline" lang="en" dir="ltr">
                {d.id}.csv
              </a>
            </span>
          ))}
        </p>
      </div>
      {stats.figures ? <StatsSections figures={stats.figures} locale={locale} /> : null}
    </article>
  );
}
