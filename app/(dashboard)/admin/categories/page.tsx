import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ReferenceHeader } from '@/components/reference/reference-nav';
import { ButtonLink } from '@/components/ui/button-link';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatNumber, localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { listCategoriesForAdmin } from '@/lib/reference/list-categories-for-admin';

export const generateMetadata = titled('adminReference.categories', 'title');

/** The administrator's categories, in the forms' order: names, order, active, reports naming each. */
export default withFallbackPages(async function AdminCategories() {
  const { data: categories } = await loadPage({
    returnTo: '/admin/categories',
    permission: 'referenceData:manage',
    load: (actor) => listCategoriesForAdmin({ actor }),
  });
  const [t, shared, locale] = await Promise.all([getTranslations('adminReference.categories'), getTranslations('adminReference'), currentLocale()]);
  return (
    <section className="space-y-4" aria-labelledby="categories-title">
      <ReferenceHeader current="categories" titleId="categories-title">
        {t('title')}
      </ReferenceHeader>
      <p className="leading-7 text-muted">{t('intro')}</p>
      <ButtonLink href="/admin/categories/new">{t('new')}</ButtonLink>
      <ol className="space-y-3" data-testid="category-list">
        {categories.map((c) => (
          <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <Link href={`/admin/categories/${c.id}`} className="font-semibold text-brand-800 underline">
              <bdi>{localized(c, locale)}</bdi>
            </Link>
            {c.active ? null : <span className="ms-2 rounded bg-slate-200 px-2 py-0.5 text-sm">{shared('inactive')}</span>}
            <p className="mt-1 text-sm text-muted">
              <bdi dir="ltr">{c.slug}</bdi> · {t('order', { n: formatNumber(c.sortOrder, locale) })} · {t('reports', { n: c._count.reports })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
});
