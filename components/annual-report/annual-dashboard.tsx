import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/stats/data-table';
import { Section, StatsSections } from '@/components/stats/stats-sections';
import { YearPicker } from '@/components/stats/year-picker';
import { ButtonLink } from '@/components/ui/button-link';
import type { AnnualFigures } from '@/lib/annual-report/annual-figures';
import { formatDateTime, formatNumber, localDigits, localized, type Locale } from '@/lib/i18n/format';

type Props = {
  figures: AnnualFigures;
  locale: Locale;
  /** Where the year form sends its GET (the page's own path). */
  path: string;
  /** Jalali years to choose from, newest first. */
  years: number[];
};

/**
 * The annual report's figures as a staff page (issue #17): the /stats sections (charts with their tables) for the
 * year, then the annual extras — review stages, endings, appeals, volunteers, topics — as tables. Exact or
 * suppressed alike: a withheld count reads «کمتر از ۵», a missing share «—».
 */
export async function AnnualDashboard({ figures: f, locale, path, years }: Props) {
  const [t, ts] = await Promise.all([getTranslations('annualDashboard'), getTranslations('stats')]);
  const year = localDigits(f.year, locale);
  const fmt = (v: number) => formatNumber(v, locale);
  const count = (v: number | null) => (v === null ? ts('withheld') : fmt(v));
  const pct = (v: number | null) => (v === null ? ts('noValue') : ts('percent', { value: fmt(v) }));
  const days = (v: number | null) => (v === null ? ts('noValue') : fmt(v));
  const stage = (s: string) => ts(`stages.${s}` as 'stages.CORE_REVIEW');
  const name = (x: { name: string; nameEn: string }) => localized(x, locale);
  const v = f.volunteers;
  return (
    <div className="space-y-6">
      <YearPicker id="annual-year" action={path} years={years} selected={f.year} label={t('yearLabel')} submit={t('show')} locale={locale} />
      <div className="space-y-1 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm leading-7">
        <p>{t('scope', { scope: locale === 'fa' ? f.scopeLabel.fa : f.scopeLabel.en })}</p>
        <p>{t('countedAt', { when: formatDateTime(new Date(f.countedAt), locale) })}</p>
        <ButtonLink href="/annual-reports" variant="secondary">
          {t('reportsLink')}
        </ButtonLink>
      </div>
      <StatsSections figures={f.current} locale={locale} />
      <Section id="review-stages" title={t('reviewStages', { year })}>
        <DataTable
          caption={t('reviewStages', { year })}
          headers={[t('stage'), t('visits'), t('medianDays'), t('p90Days'), t('overdue'), t('escalated')]}
          rows={f.reviewStages.map((s) => [
            stage(s.stage),
            count(s.visits),
            days(s.medianDays),
            days(s.p90Days),
            pct(s.overduePercent),
            pct(s.escalatedPercent),
          ])}
          wide
        />
      </Section>
      <Section id="endings" title={t('endings', { year })}>
        <DataTable
          caption={t('endings', { year })}
          headers={[t('stage'), t('rejected'), t('duplicate'), t('withdrawn')]}
          rows={f.endings.map((e) => [stage(e.stage), count(e.rejected), count(e.duplicate), count(e.withdrawn)])}
        />
      </Section>
      <Section id="appeals" title={t('appeals', { year })}>
        {f.appeals.length ? (
          <DataTable
            caption={t('appeals', { year })}
            headers={[t('agency'), t('appealCount'), t('upheld'), t('dismissed')]}
            rows={f.appeals.map((a) => [localized({ name: a.name, nameEn: a.nameEn }, locale), count(a.appeals), count(a.upheld), count(a.dismissed)])}
            wide
          />
        ) : (
          <p className="text-muted">{t('none')}</p>
        )}
      </Section>
      <Section id="volunteers" title={t('volunteers', { year })}>
        <DataTable
          caption={t('volunteers', { year })}
          headers={[t('province'), t('applications'), t('approved'), t('rejected'), t('correctionRequested'), t('cores'), t('activeMembers')]}
          rows={[
            ...v.provinces.map((p) => [
              name(p),
              count(p.applications),
              count(p.approved),
              count(p.rejected),
              count(p.correctionRequested),
              count(p.cores),
              count(p.activeMembers),
            ]),
            [
              t('total'),
              count(v.totals.applications),
              count(v.totals.approved),
              count(v.totals.rejected),
              count(v.totals.correctionRequested),
              count(v.totals.cores),
              count(v.totals.activeMembers),
            ],
          ]}
          wide
        />
        <p className="text-sm text-muted">
          {t('training', { value: v.trainingCompletionPercent === null ? t('trainingLater') : pct(v.trainingCompletionPercent) })}
        </p>
      </Section>
      <Section id="topics" title={t('topics', { year })}>
        {f.topics.length ? (
          <DataTable
            caption={t('topics', { year })}
            headers={[t('topic'), t('reports')]}
            rows={f.topics.map((x) => [localized({ title: x.title, titleEn: x.titleEn }, locale), count(x.reports)])}
          />
        ) : (
          <p className="text-muted">{t('none')}</p>
        )}
      </Section>
    </div>
  );
}
