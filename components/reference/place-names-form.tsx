'use client';

import { useFormAction } from '@/components/ui/use-form-action';
import { SubmitButton } from '@/components/ui/inputs';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

/** The form's words, translated on the server (`adminReference.placeForm`). */
export type PlaceNamesLabels = Record<'name' | 'nameEn' | 'save', string>;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  kind: 'province' | 'county';
  placeId: number;
  /** The names as saved; the county's also title its form. */
  saved: { name: string; nameEn: string };
  /** The form's accessible name (e.g. the county's current name). */
  title: string;
  labels: PlaceNamesLabels;
};

/**
 * The two spellings of one province or county; works without JavaScript (several on one page: React
 * answers the one that was sent), and a refused post keeps the typed values.
 */
export function PlaceNamesForm({ action, kind, placeId, saved, title, labels }: Props) {
  const prefix = `${kind}-${placeId}`;
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${prefix}-message` });
  const e = state.fieldErrors ?? {};
  const value = (field: 'name' | 'nameEn') => (state.values ? (state.values[field] ?? '') : saved[field]);
  return (
    <form {...formProps} noValidate aria-label={title} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage id={`${prefix}-message`} message={state.message} ok={state.ok} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="placeId" value={placeId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-name`} label={labels.name} error={e.name}>
          <input name="name" dir="auto" defaultValue={value('name')} className={inputClass} />
        </Field>
        <Field id={`${prefix}-nameEn`} label={labels.nameEn} error={e.nameEn}>
          <input name="nameEn" dir="ltr" lang="en" defaultValue={value('nameEn')} className={inputClass} />
        </Field>
      </div>
      <SubmitButton pending={pending} variant="secondary">
        {labels.save}
      </SubmitButton>
    </form>
  );
}
