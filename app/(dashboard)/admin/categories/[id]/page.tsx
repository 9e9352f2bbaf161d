import { getTranslations } from 'next-intl/server';
import { CategoryForm } from '@/components/reference/category-form';
import { categoryFormLabels } from '@/components/reference/form-labels';
import { ReferenceHeader } from '@/components/reference/reference-nav';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getCategoryForAdmin } from '@/lib/reference/list-categories-for-admin';
import { saveCategoryAction } from '../actions';

export const generateMetadata = titled('adminReference.categories', 'edit');

/** One category for the administrator: names, order, active (the slug shown, fixed). */
export default withFallbackPages(async function EditCategory({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: category } = await loadPage({
    returnTo: `/admin/categories/${id}`,
    permission: 'referenceData:manage',
    load: (actor) => getCategoryForAdmin({ actor, categoryId: id }),
  });
  const [t, locale, labels] = await Promise.all([getTranslations('adminReference.categories'), currentLocale(), categoryFormLabels()]);
  return (
    <section className="space-y-4" aria-labelledby="edit-category-title">
      <ReferenceHeader current="categories" back={{ href: '/admin/categories', label: t('title') }} titleId="edit-category-title">
        <bdi>{localized(category, locale)}</bdi>
      </ReferenceHeader>
      <p className="text-sm text-muted">{t('reports', { n: category._count.reports })}</p>
      <CategoryForm action={saveCategoryAction} categoryId={category.id} saved={category} labels={labels} />
    </section>
  );
});
