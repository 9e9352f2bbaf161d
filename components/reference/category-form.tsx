'use client';

import { useFormAction } from '@/components/ui/use-form-action';
import { CheckboxField, SubmitButton } from '@/components/ui/inputs';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

export type CategoryFormValues = { name: string; nameEn: string; slug: string; sortOrder: number | null; active: boolean };
/** Every word of the form, translated on the server (`adminReference.categoryForm`). */
export type CategoryFormLabels = Record<'name' | 'nameEn' | 'slug' | 'slugHint' | 'slugFixed' | 'sortOrder' | 'sortOrderHint' | 'active' | 'save', string>;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Absent for a new category. */
  categoryId?: number;
  saved: CategoryFormValues;
  labels: CategoryFormLabels;
};

/** A category's names, order and active state; works without JavaScript, and a refused post keeps every value. */
export function CategoryForm({ action, categoryId, saved, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'category-message' });
  const e = state.fieldErrors ?? {};
  const v = state.values;
  // After a refused post the posted values win over the saved ones.
  const value = (field: keyof CategoryFormValues, fallback: string | number | null) => (v ? (v[field] ?? '') : (fallback ?? ''));
  const active = v ? v.active === 'on' : saved.active;
  return (
    <form {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage id="category-message" message={state.message} ok={state.ok} />
      {categoryId ? <input type="hidden" name="categoryId" value={categoryId} /> : null}
      <Field id="name" label={labels.name} error={e.name}>
        <input name="name" dir="auto" defaultValue={String(value('name', saved.name))} className={inputClass} />
      </Field>
      <Field id="nameEn" label={labels.nameEn} error={e.nameEn}>
        <input name="nameEn" dir="ltr" lang="en" defaultValue={String(value('nameEn', saved.nameEn))} className={inputClass} />
      </Field>
      <Field id="slug" label={labels.slug} hint={categoryId ? labels.slugFixed : labels.slugHint} error={e.slug}>
        <input
          name="slug"
          dir="ltr"
          readOnly={Boolean(categoryId)}
          defaultValue={String(value('slug', saved.slug))}
          className={`${inputClass} read-only:bg-slate-100`}
        />
      </Field>
      <Field id="sortOrder" label={labels.sortOrder} hint={labels.sortOrderHint} error={e.sortOrder}>
        <input name="sortOrder" inputMode="numeric" dir="ltr" defaultValue={String(value('sortOrder', saved.sortOrder))} className={inputClass} />
      </Field>
      <CheckboxField name="active" defaultChecked={active} label={labels.active} />
      <SubmitButton pending={pending}>{labels.save}</SubmitButton>
    </form>
  );
}
