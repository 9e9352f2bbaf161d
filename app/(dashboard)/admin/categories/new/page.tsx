import { getTranslations } from 'next-intl/server';
import { CategoryForm } from '@/components/reference/category-form';
import { categoryFormLabels } from '@/components/reference/form-labels';
import { ReferenceHeader } from '@/components/reference/reference-nav';
import { withFallbackPages } from '@/app/fallback-pages';
import { requirePermission } from '@/lib/auth/guard';
import { titled } from '@/lib/i18n/page-title';
import { saveCategoryAction } from '../actions';

export const generateMetadata = titled('adminReference.categories', 'new');

/** A new category: active and last in order unless the administrator says otherwise. */
export default withFallbackPages(async function NewCategory() {
  await requirePermission('referenceData:manage', '/admin/categories/new');
  const [t, labels] = await Promise.all([getTranslations('adminReference.categories'), categoryFormLabels()]);
  return (
    <section className="space-y-4" aria-labelledby="new-category-title">
      <ReferenceHeader current="categories" back={{ href: '/admin/categories', label: t('title') }} titleId="new-category-title">
        {t('new')}
      </ReferenceHeader>
      <CategoryForm action={saveCategoryAction} saved={{ name: '', nameEn: '', slug: '', sortOrder: null, active: true }} labels={labels} />
    </section>
  );
});
