'use client';

import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { TextArea, TextInput } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  courseId: string;
  questionId?: string;
  /** As many rows as the form offers (OPTION_SLOTS), filled or empty. */
  saved: { text: string; multiple: boolean; options: { text: string; correct: boolean }[] };
  labels: Record<'questionText' | 'multiple' | 'optionsLegend' | 'correct' | 'submit', string> & { option: string[] };
  /** Makes the fields' ids unique when several forms share a page (the editor). */
  idPrefix?: string;
  /** Folds the form under this line (the editor's "add"): open again when an answer came back, so a refusal shows. */
  summary?: string;
};

/** A quiz question with its options and right answers; works without JavaScript and keeps every value and tick after a refusal. */
export function QuestionForm({ action, courseId, questionId, saved, labels, idPrefix = '', summary }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${idPrefix}question-message` });
  const id = (field: string) => `${idPrefix}${field}`;
  const prefixed = <T,>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).map(([k, x]) => [id(k), x]));
  const e = state.fieldErrors ?? {};
  const v = state.values;
  const text = v ? (v.text ?? '') : saved.text;
  const multiple = v ? v.multiple === 'on' : saved.multiple;
  const form = (
    <form {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage
        id={id('question-message')}
        message={state.message}
        ok={state.ok}
        errors={prefixed(e)}
        labels={prefixed({
          text: labels.questionText,
          options: labels.optionsLegend,
          ...Object.fromEntries(labels.option.map((l, i) => [`option${i + 1}`, l])),
        })}
      />
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="questionId" value={questionId ?? ''} />
      <Field id={id('text')} label={labels.questionText} error={e.text}>
        <TextArea name="text" rows={3} dir="auto" defaultValue={text} />
      </Field>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="multiple" defaultChecked={multiple} className="size-5" />
        {labels.multiple}
      </label>
      <fieldset id={id('options')} tabIndex={-1} className="space-y-3" aria-describedby={id('options-error')}>
        <legend className="font-medium">{labels.optionsLegend}</legend>
        <p id={id('options-error')} aria-live="polite" className="text-sm text-red-800 empty:hidden">
          {e.options?.join(' ')}
        </p>
        {saved.options.map((option, i) => {
          const n = i + 1;
          const optionText = v ? (v[`option${n}`] ?? '') : option.text;
          const correct = v ? v[`correct${n}`] === 'on' : option.correct;
          return (
            <div key={n} className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end">
              <Field id={id(`option${n}`)} label={labels.option[i]!} error={e[`option${n}`]}>
                <TextInput name={`option${n}`} dir="auto" defaultValue={optionText} />
              </Field>
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name={`correct${n}`} defaultChecked={correct} className="size-5" />
                <span>
                  {labels.correct}
                  <span className="sr-only"> ({labels.option[i]})</span>
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
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
