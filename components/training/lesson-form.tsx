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
};

/** A lesson's title, Markdown and minutes; works without JavaScript and keeps every value after a refusal. */
export function LessonForm({ action, courseId, lessonId, saved, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'lesson-message' });
  const e = state.fieldErrors ?? {};
  const value = (field: keyof Props['saved']) => (state.values ? (state.values[field] ?? '') : saved[field]);
  return (
    <form {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage
        id="lesson-message"
        message={state.message}
        ok={state.ok}
        errors={e}
        labels={{ title: labels.lessonTitle, markdown: labels.markdown, minutes: labels.minutes }}
      />
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="lessonId" value={lessonId ?? ''} />
      <Field id="title" label={labels.lessonTitle} error={e.title}>
        <TextInput name="title" dir="auto" defaultValue={value('title')} />
      </Field>
      <Field id="markdown" label={labels.markdown} hint={labels.markdownHint} error={e.markdown}>
        <TextArea name="markdown" rows={14} dir="auto" defaultValue={value('markdown')} />
      </Field>
      <Field id="minutes" label={labels.minutes} error={e.minutes}>
        <TextInput name="minutes" inputMode="numeric" dir="ltr" autoComplete="off" defaultValue={value('minutes')} />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
        {labels.submit}
      </button>
    </form>
  );
}
