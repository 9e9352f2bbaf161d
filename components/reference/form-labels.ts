import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { CategoryFormLabels } from './category-form';
import type { PlaceNamesLabels } from './place-names-form';

/** The category form's words, translated here so the client form receives text. */
export async function categoryFormLabels(): Promise<CategoryFormLabels> {
  const t = await getTranslations('adminReference.categoryForm');
  const keys = ['name', 'nameEn', 'slug', 'slugHint', 'slugFixed', 'sortOrder', 'sortOrderHint', 'active', 'save'] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as CategoryFormLabels;
}

/** The place-name form's words. */
export async function placeNamesLabels(): Promise<PlaceNamesLabels> {
  const t = await getTranslations('adminReference.placeForm');
  return { name: t('name'), nameEn: t('nameEn'), save: t('save') };
}
