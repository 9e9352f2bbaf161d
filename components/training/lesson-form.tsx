'use client';

import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { TextArea, TextInput } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  courseId: string;
  lessonId?: string;
  saved: { title: string; markdown: string; minutes: string };
  labels: Record<'lessonTitle' | 'markdown' | 'markdownHint' | 'minutes' | 'submit', string>;
  /** Makes the fields' ids unique when several forms share a page (the editor). */
  idPrefix?: string;
  /** Folds the form under this line (the editor's "add"): open again when an answer came back, so a refusal shows. */
  summary?: string;
};

/** A lesson's title, Markdown and minutes; works without JavaScript and keeps every value after a refusal. */
export function LessonForm({ action, courseId, lessonId, saved, labels, idPrefix = '', summary }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${idPrefix}lesson-message` });
  const id = (field: string) => `${idPrefix}${field}`;
  const prefixed = <T,>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).map(([k, x]) => [id(k), x]));
  const e = state.fieldErrors ?? {};
  const value = (field: keyof Props['saved']) => (state.values ? (state.values[field] ?? '') : saved[field]);
  const form = (
    <form {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage
        id={id('lesson-message')}
        message={state.message}
        ok={state.ok}
        errors={prefixed(e)}
        labels={prefixed({ title: labels.lessonTitle, markdown: labels.markdown, minutes: labels.minutes })}
      />
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="lessonId" value={lessonId ?? ''} />
      <Field id={id('title')} label={labels.lessonTitle} error={e.title}>
        <TextInput name="title" dir="auto" defaultValue={value('title')} />
      </Field>
      <Field id={id('markdown')} label={labels.markdown} hint={labels.markdownHint} error={e.markdown}>
        <TextArea name="markdown" rows={14} dir="auto" defaultValue={value('markdown')} />
      </Field>
      <Field id={id('minutes')} label={labels.minutes} error={e.minutes}>
        <TextInput name="minutes" inputMode="numeric" dir="ltr" autoComplete="off" defaultValue={value('minutes')} />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
        {labels.submit}
      </button>
    </form>
  );
  if (!summary) return form;
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4" open={Boolean(state.message)}>
      <summary className="min-h-11 cursor-pointer font-medium">{summary}</summary>
      {form}
    </details>
  );
}
