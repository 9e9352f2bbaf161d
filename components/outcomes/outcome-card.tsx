import { useLocale, useTranslations } from 'next-intl';
import { formatDate, jalaliMonthNames, localDigits, type Locale } from '@/lib/i18n/format';
import type { PublicOutcomeView } from '@/lib/outcomes/public-view';

/**
 * A published outcome exactly as the public sees it: on /outcomes/<id>, on /track for its reporter, and in
 * the staff's preview before publishing (issue #16). Renders only the projection (lib/outcomes/public-view.ts).
 * `headingLevel`: 2 on its own page, 3 inside a list or a panel.
 */
export function OutcomeCard({ outcome, headingLevel = 2 }: { outcome: PublicOutcomeView; headingLevel?: 2 | 3 }) {
  const t = useTranslations('outcomes');
  const locale = useLocale() as Locale;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // The card's own parts one level below its title, so the page's outline never skips a level.
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const month = `${jalaliMonthNames(locale)[outcome.month - 1]} ${localDigits(outcome.year, locale)}`;
  const place = outcome.county ? `${outcome.province}، ${outcome.county}` : outcome.province;
  return (
    <article className="rounded-lg border border-line bg-surface p-4" data-testid="outcome-card">
      <Heading className="text-lg font-bold">
        <bdi>{outcome.category}</bdi> — <bdi>{place}</bdi>
      </Heading>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">{t('kind')}</dt>
        <dd>{t(`kinds.${outcome.kind}`)}</dd>
        <dt className="text-muted">{t('submitted')}</dt>
        <dd>{month}</dd>
        <dt className="text-muted">{t('agencies')}</dt>
        <dd>
          {outcome.agencies.length === 0
            ? '—'
            : outcome.agencies.map((name, i) => (
                <span key={name}>
                  {i > 0 ? '، ' : ''}
                  <bdi>{name}</bdi>
                </span>
              ))}
        </dd>
        <dt className="text-muted">{t('resolution')}</dt>
        <dd data-testid="outcome-resolution">{outcome.resolution ? t(`resolutions.${outcome.resolution}`) : '—'}</dd>
        <dt className="text-muted">{t('rating')}</dt>
        <dd>{outcome.satisfied === null ? t('notRated') : outcome.satisfied ? t('satisfied') : t('notSatisfied')}</dd>
      </dl>
      <Sub className="mt-4 font-bold">{t('summary')}</Sub>
      <p className="mt-1 leading-7 whitespace-pre-line" dir="auto" data-testid="outcome-summary">
        {outcome.summary}
      </p>
      <Sub className="mt-4 font-bold">{t('answerSummary')}</Sub>
      <p className="mt-1 leading-7 whitespace-pre-line" dir="auto">
        {outcome.answerSummary}
      </p>
      <Sub className="mt-4 font-bold">{t('timeline')}</Sub>
      <ol className="mt-2 list-none space-y-1 ps-0 text-sm">
        {outcome.timeline.map(({ step, on }) => (
          <li key={step} className={on ? '' : 'text-muted'}>
            <span aria-hidden="true">{on ? '●' : '○'}</span> {t(`steps.${step}`)}: {on ? formatDate(on, locale) : t('notYet')}
          </li>
        ))}
      </ol>
      <p className="mt-3 text-xs text-muted">
        {t('publishedOn')}: {formatDate(outcome.publishedOn, locale)}
      </p>
    </article>
  );
}
