import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { AnnualDashboard } from '@/components/annual-report/annual-dashboard';
import { TrainingCompletion } from '@/components/training/training-completion';
import { withFallbackPages } from '@/app/fallback-pages';
import { FIRST_REPORT_YEAR } from '@/lib/annual-report/annual-report-input';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { toJalali } from '@/lib/i18n/format';
import { getAnnualFigures } from '@/lib/stats/get-annual-figures';
import { getTrainingDashboard } from '@/lib/training/get-training-dashboard';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * `/national/dashboard?year=` and `/province/dashboard?year=` (issue #17): the annual report's figures for a Jalali
 * year, exact (staff), from the same module as the PDF (getAnnualFigures, suppressed: false). The national office
 * sees the country, province staff their province (the figures' own authorization). Then training completion as
 * it is now (issue #18, getTrainingDashboard: the same reach through 'training:oversee').
 */
export const renderAnnualDashboard = withFallbackPages(async function renderAnnualDashboard(dashboard: 'national' | 'province', searchParams: SearchParams) {
  const current = toJalali(new Date()).jy;
  const { year } = z
    .object({ year: z.coerce.number().int().min(FIRST_REPORT_YEAR).max(current).catch(current) })
    .parse({ year: typeof searchParams.year === 'string' ? searchParams.year : undefined });
  const path = `/${dashboard}/dashboard`;
  const {
    data: [figures, training],
  } = await loadPage({
    returnTo: path,
    permission: `dashboard:${dashboard}`,
    load: (actor) =>
      Promise.all([
        getAnnualFigures({ actor, year, provinceId: dashboard === 'province' ? (actor.provinceId ?? undefined) : undefined, suppressed: false }),
        getTrainingDashboard({ actor }),
      ]),
  });
  const [t, locale] = await Promise.all([getTranslations('annualDashboard'), currentLocale()]);
  const years = Array.from({ length: current - FIRST_REPORT_YEAR + 1 }, (_, i) => current - i);
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="leading-7 text-muted">{t('intro')}</p>
      <AnnualDashboard figures={figures} locale={locale} path={path} years={years} />
      <TrainingCompletion figures={training} locale={locale} />
    </article>
  );
});
