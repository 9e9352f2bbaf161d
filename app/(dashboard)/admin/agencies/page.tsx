import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ReferenceNav } from '@/components/reference/reference-nav';
import { ButtonLink } from '@/components/ui/button-link';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { listAgenciesForAdmin } from '@/lib/agencies/list-agencies-for-admin';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatNumber, localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('adminAgencies', 'title');

/** The administrator's list of agencies: level, what they handle, liaisons, open referrals, active. */
export default withFallbackPages(async function AdminAgencies() {
  const { data: agencies } = await loadPage({ returnTo: '/admin/agencies', permission: 'agency:manage', load: (actor) => listAgenciesForAdmin({ actor }) });
  const [t, locale] = await Promise.all([getTranslations('adminAgencies'), currentLocale()]);
  return (
    <section className="space-y-4" aria-labelledby="agencies-title">
      <ReferenceNav current="agencies" />
      <h1 id="agencies-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="leading-7 text-muted">{t('intro')}</p>
      <ButtonLink href="/admin/agencies/new">{t('new')}</ButtonLink>
      <ul className="space-y-3" data-testid="agency-list">
        {agencies.map((a) => (
          <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <Link href={`/admin/agencies/${a.id}`} className="font-semibold text-brand-800 underline">
              <bdi>{localized(a, locale)}</bdi>
            </Link>
            {a.active ? null : <span className="ms-2 rounded bg-slate-200 px-2 py-0.5 text-sm">{t('inactive')}</span>}
            <p className="mt-1 text-sm text-muted">
              {a.province ? localized(a.province, locale) : t('form.national')} · {t('handles', { n: a._count.categories })} ·{' '}
              {t('liaisons', { n: a._count.users })} · {t('open', { n: formatNumber(a._count.referrals, locale) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
});
