import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/bar-chart';
import { LineChart } from '@/components/charts/line-chart';
import { TileMap } from '@/components/charts/tile-map';
import { barChartGeometry, type BarItem } from '@/lib/charts/bar-chart';
import { lineChartGeometry } from '@/lib/charts/line-chart';
import { tileMapGeometry } from '@/lib/charts/tile-map';
import { directionOf, formatNumber, jalaliMonthNames, localDigits, localized, type Locale } from '@/lib/i18n/format';
import type { StatsFigures } from '@/lib/stats/figures';
import { DataTable } from './data-table';

type Props = { figures: StatsFigures; locale: Locale };

/**
 * Every section of the statistics of one year, charts with their data tables beside them. Renders public
 * (suppressed) and staff (exact) figures alike: a withheld count reads «پنهان» (messages stats.withheld), a withheld share «—».
 */
export async function StatsSections({ figures: f, locale }: Props) {
  const t = await getTranslations('stats');
  const dir = directionOf(locale);
  const year = localDigits(f.year, locale);
  const fmt = (v: number) => formatNumber(v, locale);
  const count = (v: number | null) => (v === null ? t('withheld') : fmt(v));
  const pct = (v: number | null) => (v === null ? t('noValue') : t('percent', { value: fmt(v) }));
  const days = (v: number | null) => (v === null ? t('noValue') : t('days', { value: fmt(v) }));
  const name = (x: { name: string; nameEn: string }) => localized(x, locale);
  const top = (items: readonly BarItem[]) => {
    const best = items.filter((i) => i.value !== null).sort((a, b) => b.value! - a.value!)[0];
    return best ? `${best.label} (${fmt(best.value!)})` : t('alt.none');
  };
  const bar = (id: string, caption: string, items: BarItem[]) => {
    const g = barChartGeometry({ items, dir, format: fmt, withheldText: t('withheld') });
    const described = items.some((i) => i.value !== null) ? t('alt.bar', { caption, top: top(items) }) : t('alt.barEmpty', { caption });
    return <BarChart g={g} id={id} title={caption} description={described} dir={dir} />;
  };
  const months = jalaliMonthNames(locale);
  const captions = {
    byKind: t('captions.byKind', { year }),
    byCategory: t('captions.byCategory', { year }),
    byProvince: t('captions.byProvince', { year }),
    provinceCategory: t('captions.provinceCategory', { year }),
    funnel: t('captions.funnel', { year }),
    rejections: t('captions.rejections', { year }),
    league: t('captions.league', { year }),
    trend: t('captions.trend', { year }),
  };
  const kindItems = f.byKind.map((k) => ({ label: t(`kinds.${k.kind}`), value: k.count }));
  const categoryItems = f.categories.map((c) => ({ label: name(c), value: c.count }));
  // Provinces by count, largest first; withheld ones after the published.
  const provincesByCount = [...f.provinces].sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || a.id - b.id);
  const map = tileMapGeometry({
    values: f.provinces.map((p) => ({ provinceId: p.id, name: name(p), value: p.per100k })),
    dir,
    format: fmt,
    withheldText: t('withheld'),
  });
  const rateTop = top(f.provinces.map((p) => ({ label: name(p), value: p.per100k })));
  const trend = lineChartGeometry({ values: f.byMonth, labels: months, dir, format: fmt });
  const trendItems = f.byMonth.map((value, i) => ({ label: months[i]!, value }));
  const stepItems = f.funnel.steps.map((s) => ({ label: t(`steps.${s.step}`), value: s.count }));

  return (
    <div className="mt-6 space-y-10">
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-lg">
        {t('total', { year })}:{' '}
        <strong className="text-2xl" data-testid="stats-total">
          {count(f.total)}
        </strong>
      </p>

      <Section id="by-kind" title={t('sections.byKind')}>
        {bar('chart-kind', captions.byKind, kindItems)}
        <DataTable caption={captions.byKind} headers={[t('columns.kind'), t('columns.count')]} rows={kindItems.map((k) => [k.label, count(k.value)])} />
      </Section>

      <Section id="by-category" title={t('sections.byCategory')}>
        {bar('chart-category', captions.byCategory, categoryItems)}
        <DataTable
          caption={captions.byCategory}
          headers={[t('columns.category'), t('columns.count')]}
          rows={categoryItems.map((c) => [c.label, count(c.value)])}
        />
      </Section>

      <Section id="by-province" title={t('sections.byProvince')}>
        <h3 className="text-lg font-semibold">{t('sections.map')}</h3>
        <div data-testid="province-tile-map">
          <TileMap g={map} id="chart-province-map" title={t('sections.map')} description={t('alt.map', { top: rateTop })} dir={dir} />
        </div>
        {bar(
          'chart-province',
          captions.byProvince,
          provincesByCount.map((p) => ({ label: name(p), value: p.count })),
        )}
        <DataTable
          caption={captions.byProvince}
          headers={[t('columns.province'), t('columns.count'), t('columns.population'), t('columns.per100k')]}
          rows={provincesByCount.map((p) => [name(p), count(p.count), fmt(p.population), p.per100k === null ? t('noValue') : fmt(p.per100k)])}
        />
        <details className="rounded border border-slate-200 bg-white p-2">
          <summary className="min-h-11 cursor-pointer py-2 font-medium">{t('sections.provinceCategory')}</summary>
          <DataTable
            wide
            caption={captions.provinceCategory}
            headers={[t('columns.province'), ...f.categories.map(name), t('columns.total')]}
            rows={f.provinces.map((p, i) => [name(p), ...f.provinceCategory[i]!.map(count), count(p.count)])}
          />
        </details>
      </Section>

      <Section id="funnel" title={t('sections.funnel')}>
        {bar('chart-funnel', captions.funnel, stepItems)}
        <DataTable caption={captions.funnel} headers={[t('columns.step'), t('columns.count')]} rows={stepItems.map((s) => [s.label, count(s.value)])} />
        <h3 className="text-lg font-semibold">{t('sections.rejections')}</h3>
        <DataTable
          caption={captions.rejections}
          headers={[t('columns.stage'), t('columns.entered'), t('columns.rejected'), t('columns.rejectedShare')]}
          rows={f.funnel.stages.map((s) => [t(`stages.${s.stage}`), count(s.entered), count(s.rejected), pct(s.rejectedPercent)])}
        />
      </Section>

      <Section id="league" title={t('sections.league')}>
        <p className="text-sm text-muted">{t('leagueScroll')}</p>
        <div data-testid="agency-league">
          <DataTable
            wide
            caption={captions.league}
            headers={[
              t('columns.agency'),
              t('columns.referrals'),
              t('columns.ackInDue'),
              t('columns.answerInDue'),
              t('columns.medianAck'),
              t('columns.medianAnswer'),
              t('columns.sentBack'),
              t('columns.satisfied'),
            ]}
            rows={f.agencies.map((a) => [
              name(a),
              count(a.referrals),
              pct(a.acknowledgedWithinDuePercent),
              pct(a.answeredWithinDuePercent),
              days(a.medianDaysToAcknowledge),
              days(a.medianDaysToAnswer),
              pct(a.sentBackPercent),
              pct(a.satisfiedPercent),
            ])}
          />
        </div>
      </Section>

      <Section id="trend" title={t('sections.trend')}>
        <LineChart
          g={trend}
          id="chart-trend"
          title={captions.trend}
          description={t('alt.trend', { caption: captions.trend, top: top(trendItems) })}
          dir={dir}
        />
        <DataTable caption={captions.trend} headers={[t('columns.month'), t('columns.count')]} rows={trendItems.map((m) => [m.label, count(m.value)])} />
      </Section>

      <details className="rounded border border-slate-200 bg-white p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-medium">{t('sections.definitions')}</summary>
        <ul className="mt-2 list-disc space-y-2 ps-6 leading-7">
          {(['received', 'reviewed', 'referred', 'answered', 'resolved', 'rejected', 'league'] as const).map((k) => (
            <li key={k}>{t(`definitions.${k}`)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** A titled section of figures (its heading names it for assistive technology); the annual dashboard's tables too. */
export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
