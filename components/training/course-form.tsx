'use client';

import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { Select, TextArea, TextInput } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

export type CourseFormValues = { title: string; description: string; passMark: string; attemptLimit: string; attemptWaitMinutes: string; validMonths: string };
export type CourseFormLabels = Record<
  'slug' | 'slugHint' | 'audienceLabel' | 'courseTitle' | 'description' | 'passMark' | 'attemptLimit' | 'attemptWaitMinutes' | 'validMonths' | 'submit',
  string
>;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Editing a course's rules: its id (no slug or audience). Absent: a new course. */
  courseId?: string;
  saved: CourseFormValues;
  audiences?: { value: string; label: string }[];
  labels: CourseFormLabels;
  /** Makes the fields' ids unique when several forms share a page (the editor). */
  idPrefix?: string;
};

const numberFields = ['passMark', 'attemptLimit', 'attemptWaitMinutes', 'validMonths'] as const;

/** A new course, or a version's rules; works without JavaScript and keeps every value after a refusal. */
export function CourseForm({ action, courseId, saved, audiences, labels, idPrefix = '' }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${idPrefix}course-message` });
  const e = state.fieldErrors ?? {};
  const id = (field: string) => `${idPrefix}${field}`;
  const prefixed = <T,>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).map(([k, x]) => [id(k), x]));
  const fieldLabels: Record<string, string> = {
    slug: labels.slug,
    audience: labels.audienceLabel,
    title: labels.courseTitle,
    description: labels.description,
    ...Object.fromEntries(numberFields.map((f) => [f, labels[f]])),
  };
  const v = state.values;
  const value = (field: string) => (v ? (v[field] ?? '') : ((saved as Record<string, string>)[field] ?? ''));
  return (
    <form {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage id={id('course-message')} message={state.message} ok={state.ok} errors={prefixed(e)} labels={prefixed(fieldLabels)} />
      {courseId ? <input type="hidden" name="courseId" value={courseId} /> : null}
      {audiences ? (
        <>
          <Field id={id('slug')} label={labels.slug} hint={labels.slugHint} error={e.slug}>
            <TextInput name="slug" dir="ltr" autoComplete="off" defaultValue={value('slug')} />
          </Field>
          <Field id={id('audience')} label={labels.audienceLabel} error={e.audience}>
            <Select name="audience" defaultValue={value('audience') || 'MEMBER'}>
              {audiences.map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : null}
      <Field id={id('title')} label={labels.courseTitle} error={e.title}>
        <TextInput name="title" dir="auto" defaultValue={value('title')} />
      </Field>
      <Field id={id('description')} label={labels.description} error={e.description}>
        <TextArea name="description" rows={4} dir="auto" defaultValue={value('description')} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {numberFields.map((f) => (
          <Field key={f} id={id(f)} label={labels[f]} error={e[f]}>
            <TextInput name={f} inputMode="numeric" dir="ltr" autoComplete="off" defaultValue={value(f)} />
          </Field>
        ))}
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
        {labels.submit}
      </button>
    </form>
  );
}
