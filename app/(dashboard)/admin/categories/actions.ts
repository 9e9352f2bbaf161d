'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/actions/define-action';
import { parseCategoryForm } from '@/lib/reference/reference-input';
import { saveCategory } from '@/lib/reference/save-category';

/** Creates or updates a category (lib/reference/save-category.ts checks who may, in one transaction); a new one goes back to the list. */
export const saveCategoryAction = authedAction(
  'referenceData:manage',
  { namespace: 'adminReference', input: parseCategoryForm, done: 'saved' },
  async ({ actor, input, formData }) => {
    const raw = formData.get('categoryId');
    const categoryId = typeof raw === 'string' && raw ? Number(raw) : undefined;
    await saveCategory({ actor, categoryId, input });
    revalidatePath('/admin/categories');
    if (categoryId === undefined) redirect('/admin/categories');
  },
);
