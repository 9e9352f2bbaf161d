import { getTranslations } from 'next-intl/server';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import type { AgencyFigures } from '@/lib/agencies/agency-figures';

/** The agency's own figures, as a definition list (readable as text, no chart needed). */
export async function AgencyFiguresPanel({ figures, locale }: { figures: AgencyFigures; locale: Locale }) {
  const t = await getTranslations('agency');
  const days = (v: number | null) => (v === null ? t('noFigure') : t('days', { days: v }));
  const items: [string, string][] = [
    [t('open'), formatNumber(figures.open, locale)],
    [t('overdue'), formatNumber(figures.overdue, locale)],
    [t('medianAcknowledge'), days(figures.medianDaysToAcknowledge)],
    [t('medianAnswer'), days(figures.medianDaysToAnswer)],
  ];
  return (
    <section aria-labelledby="figures-title" className="rounded-xl bg-slate-50 p-4">
      <h2 id="figures-title" className="font-bold">
        {t('figures')}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="agency-figures">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt className="text-muted">{label}</dt>
            <dd className="text-lg font-bold">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
