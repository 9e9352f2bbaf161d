import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ReferenceHeader } from '@/components/reference/reference-nav';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { listProvincesForAdmin } from '@/lib/reference/list-places-for-admin';

export const generateMetadata = titled('adminReference.places', 'title');

/** The 31 provinces (a fixed list), each a link to its page of spellings and counties. */
export default withFallbackPages(async function AdminPlaces() {
  const { data: provinces } = await loadPage({
    returnTo: '/admin/places',
    permission: 'referenceData:manage',
    load: (actor) => listProvincesForAdmin({ actor }),
  });
  const [t, locale] = await Promise.all([getTranslations('adminReference.places'), currentLocale()]);
  return (
    <section className="space-y-4" aria-labelledby="places-title">
      <ReferenceHeader current="places" titleId="places-title">
        {t('title')}
      </ReferenceHeader>
      <p className="leading-7 text-muted">{t('intro')}</p>
      <ul className="grid gap-2 sm:grid-cols-2" data-testid="province-list">
        {provinces.map((p) => (
          <li key={p.id} className="rounded-xl border border-slate-200 bg-white px-4 py-2">
            <Link href={`/admin/places/${p.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
              <bdi>{localized(p, locale)}</bdi>
            </Link>
            <span className="ms-2 text-sm text-muted">{t('counties', { n: p._count.counties })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
