'use client';

import { useFormAction } from '@/components/ui/use-form-action';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { CheckboxField, SubmitButton } from '@/components/ui/inputs';
import { Field, FormMessage, describedBy, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

type Option = { id: number; name: string };
export type AgencyFormValues = {
  slug: string;
  name: string;
  nameEn: string;
  provinceId: number | null;
  acknowledgeDays: number | null;
  answerDays: number | null;
  active: boolean;
  categoryIds: number[];
};
/** Every word of the form, translated on the server (`adminAgencies`). */
export type AgencyFormLabels = Record<
  | 'name'
  | 'nameEn'
  | 'slug'
  | 'slugHint'
  | 'level'
  | 'national'
  | 'acknowledgeDays'
  | 'answerDays'
  | 'daysHint'
  | 'active'
  | 'categories'
  | 'categoriesHint'
  | 'save',
  string
>;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  agencyId?: string;
  saved: AgencyFormValues;
  provinces: Option[];
  categories: Option[];
  labels: AgencyFormLabels;
};

/** An agency's reference data; works without JavaScript. A wrong submission keeps every value, checkboxes included. */
export function AgencyForm({ action, agencyId, saved, provinces, categories, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'agency-message' });
  const e = state.fieldErrors ?? {};
  const v = state.values;
  // After a refused post the posted values win over the saved ones.
  const value = (field: keyof AgencyFormValues, fallback: string | number | null) => (v ? (v[field] ?? '') : (fallback ?? ''));
  const ticked = new Set(v ? (v.categoryIds ?? '').split(',').filter(Boolean).map(Number) : saved.categoryIds);
  const active = v ? v.active === 'on' : saved.active;
  return (
    <form {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage id="agency-message" message={state.message} ok={state.ok} />
      {agencyId ? <input type="hidden" name="agencyId" value={agencyId} /> : null}
      <Field id="name" label={labels.name} error={e.name}>
        <input id="name" name="name" defaultValue={String(value('name', saved.name))} aria-describedby={describedBy('name')} className={inputClass} />
      </Field>
      <Field id="nameEn" label={labels.nameEn} error={e.nameEn}>
        <input
          id="nameEn"
          name="nameEn"
          dir="ltr"
          defaultValue={String(value('nameEn', saved.nameEn))}
          aria-describedby={describedBy('nameEn')}
          className={inputClass}
        />
      </Field>
      <Field id="slug" label={labels.slug} hint={labels.slugHint} error={e.slug}>
        <input
          id="slug"
          name="slug"
          dir="ltr"
          readOnly={Boolean(agencyId)}
          defaultValue={String(value('slug', saved.slug))}
          aria-describedby={describedBy('slug')}
          className={inputClass}
        />
      </Field>
      <Field id="provinceId" label={labels.level} error={e.provinceId}>
        <select
          id="provinceId"
          name="provinceId"
          defaultValue={String(value('provinceId', saved.provinceId))}
          aria-describedby={describedBy('provinceId')}
          className={inputClass}
        >
          <option value="">{labels.national}</option>
          {provinces.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="acknowledgeDays" label={labels.acknowledgeDays} hint={labels.daysHint} error={e.acknowledgeDays}>
          <input
            id="acknowledgeDays"
            name="acknowledgeDays"
            inputMode="numeric"
            dir="ltr"
            defaultValue={String(value('acknowledgeDays', saved.acknowledgeDays))}
            aria-describedby={describedBy('acknowledgeDays')}
            className={inputClass}
          />
        </Field>
        <Field id="answerDays" label={labels.answerDays} hint={labels.daysHint} error={e.answerDays}>
          <input
            id="answerDays"
            name="answerDays"
            inputMode="numeric"
            dir="ltr"
            defaultValue={String(value('answerDays', saved.answerDays))}
            aria-describedby={describedBy('answerDays')}
            className={inputClass}
          />
        </Field>
      </div>
      <CheckboxGroup
        id="categoryIds"
        legend={labels.categories}
        hint={labels.categoriesHint}
        error={e.categoryIds}
        options={categories.map((c) => ({ value: String(c.id), label: c.name }))}
        checked={new Set([...ticked].map(String))}
      />
      <CheckboxField name="active" defaultChecked={active} label={labels.active} />
      <SubmitButton pending={pending}>{labels.save}</SubmitButton>
    </form>
  );
}
