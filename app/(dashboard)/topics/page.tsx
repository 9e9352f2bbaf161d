import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button-link';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDate, formatDueDay, formatNumber, localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { reportFormOptions } from '@/lib/reports/form-options';
import { listTopicsForManager } from '@/lib/topics/list-topics-for-manager';
import type { TopicPhase } from '@/lib/topics/topic-window';

export const generateMetadata = titled('topics');

const phases: readonly TopicPhase[] = ['open', 'upcoming', 'ended', 'inactive'];

/** `/topics`: the priority topics a manager may edit (all for the national office, their province's for its staff), by phase. */
export default withFallbackPages(async function Topics() {
  const { actor, data: topics } = await loadPage({ returnTo: '/topics', permission: 'topic:manage', load: (actor) => listTopicsForManager({ actor }) });
  const [t, locale, options] = await Promise.all([getTranslations('topics'), currentLocale(), reportFormOptions()]);
  const ownProvince = actor.roles.includes('NATIONAL_OFFICE') ? undefined : options.provinces.find((p) => p.id === actor.provinceId);
  return (
    <section className="space-y-4" aria-labelledby="topics-title">
      <h1 id="topics-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="leading-7 text-muted">{t('intro')}</p>
      {ownProvince ? <p className="leading-7">{t('introProvince', { province: localized(ownProvince, locale) })}</p> : null}
      <ButtonLink href="/topics/new">{t('new')}</ButtonLink>
      {topics.length === 0 ? <p className="text-muted">{t('none')}</p> : null}
      {phases.map((phase) => {
        const list = topics.filter((topic) => topic.phase === phase);
        return list.length === 0 ? null : (
          <section key={phase} aria-labelledby={`topics-${phase}`} className="space-y-3">
            <h2 id={`topics-${phase}`} className="text-lg font-bold">
              {t(`phases.${phase}`)}
            </h2>
            <ul className="space-y-3" data-testid={`topics-${phase}`}>
              {list.map((topic) => (
                <li key={topic.id} className="rounded-xl border border-slate-200 bg-white p-4">
                  <Link href={`/topics/${topic.id}`} className="font-semibold text-brand-800 underline">
                    <bdi>{localized(topic, locale)}</bdi>
                  </Link>
                  <p className="mt-1 text-sm text-muted">
                    {topic.province ? t('provinceOf', { province: localized(topic.province, locale) }) : t('national')} ·{' '}
                    {topic.endsAt
                      ? t('window', { start: formatDate(topic.startsAt, locale), end: formatDueDay(topic.endsAt, locale) })
                      : t('openEnded', { start: formatDate(topic.startsAt, locale) })}{' '}
                    · {t('reports', { n: formatNumber(topic.reports, locale) })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
});
