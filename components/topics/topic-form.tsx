'use client';

import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { Select, TextArea, TextInput } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Option = { id: number; name: string };
/** The form's values as saved: the days as typed Jalali dates («۱۴۰۵/۰۹/۱۲»). */
export type TopicFormValues = {
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  provinceId: number | null;
  startsOn: string;
  endsOn: string;
  active: boolean;
};
/** Every word of the form, translated on the server (`topics.form`). */
export type TopicFormLabels = Record<
  | 'title'
  | 'titleEn'
  | 'titleEnHint'
  | 'description'
  | 'descriptionEn'
  | 'province'
  | 'provinceHint'
  | 'national'
  | 'startsOn'
  | 'endsOn'
  | 'dateHint'
  | 'active'
  | 'save',
  string
>;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  topicId?: number;
  saved: TopicFormValues;
  /** The national office chooses national or a province; a province's staff get `fixedProvince` (their own) instead. */
  provinces?: Option[];
  fixedProvince?: string;
  labels: TopicFormLabels;
};

/** A priority topic; works without JavaScript. A refused post keeps every value, the checkbox and the province included. */
export function TopicForm({ action, topicId, saved, provinces, fixedProvince, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'topic-message' });
  const e = state.fieldErrors ?? {};
  const v = state.values;
  // After a refused post the posted values win over the saved ones.
  const value = (field: Exclude<keyof TopicFormValues, 'active'>) => (v ? (v[field] ?? '') : String(saved[field] ?? ''));
  const active = v ? v.active === 'on' : saved.active;
  return (
    <form {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage
        id="topic-message"
        message={state.message}
        ok={state.ok}
        errors={e}
        labels={{
          title: labels.title,
          titleEn: labels.titleEn,
          description: labels.description,
          descriptionEn: labels.descriptionEn,
          provinceId: labels.province,
          startsOn: labels.startsOn,
          endsOn: labels.endsOn,
        }}
      />
      {topicId !== undefined ? <input type="hidden" name="topicId" value={topicId} /> : null}
      <Field id="title" label={labels.title} error={e.title}>
        <TextInput name="title" defaultValue={value('title')} />
      </Field>
      <Field id="titleEn" label={labels.titleEn} hint={labels.titleEnHint} error={e.titleEn}>
        <TextInput name="titleEn" dir="ltr" defaultValue={value('titleEn')} />
      </Field>
      <Field id="description" label={labels.description} error={e.description}>
        <TextArea name="description" rows={3} defaultValue={value('description')} />
      </Field>
      <Field id="descriptionEn" label={labels.descriptionEn} error={e.descriptionEn}>
        <TextArea name="descriptionEn" rows={3} dir="ltr" defaultValue={value('descriptionEn')} />
      </Field>
      {provinces ? (
        <Field id="provinceId" label={labels.province} hint={labels.provinceHint} error={e.provinceId}>
          <Select name="provinceId" defaultValue={value('provinceId')}>
            <option value="">{labels.national}</option>
            {provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <p className="font-medium">{fixedProvince}</p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="startsOn" label={labels.startsOn} hint={labels.dateHint} error={e.startsOn}>
          <TextInput name="startsOn" dir="ltr" autoComplete="off" defaultValue={value('startsOn')} />
        </Field>
        <Field id="endsOn" label={labels.endsOn} hint={labels.dateHint} error={e.endsOn}>
          <TextInput name="endsOn" dir="ltr" autoComplete="off" defaultValue={value('endsOn')} />
        </Field>
      </div>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="active" defaultChecked={active} className="size-5" />
        {labels.active}
      </label>
      <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
        {labels.save}
      </button>
    </form>
  );
}
