'use client';

import { buttonClass } from '@/components/ui/button-link';
import { FormMessage } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';
import type { LearnerQuizQuestion } from '@/lib/training/quiz-view';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  attemptId: string;
  questions: LearnerQuizQuestion[];
  labels: { question: string[]; several: string; submit: string };
};

/**
 * The quiz as one form: radio buttons for one-answer questions, checkboxes for several. It holds no right answer (the
 * projection has none). A refused post (a lost session, a double submit) keeps every choice.
 */
export function QuizForm({ action, attemptId, questions, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'quiz-message' });
  const chosen = (questionId: string) => new Set((state.values?.[`q_${questionId}`] ?? '').split(',').filter(Boolean));
  const reasons = state.ok ? [] : Object.values(state.fieldErrors ?? {}).flat();
  return (
    <form {...formProps} noValidate className="space-y-6">
      <FormMessage id="quiz-message" ok={state.ok} message={[state.message, ...reasons].filter(Boolean).join(' ') || undefined} />
      <input type="hidden" name="attemptId" value={attemptId} />
      <ol className="list-none! space-y-6">
        {questions.map((q, i) => {
          const picked = chosen(q.id);
          return (
            <li key={q.id}>
              <fieldset className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
                <legend className="px-1 font-bold">
                  {labels.question[i]}
                  {q.multiple ? <span className="ms-2 text-sm font-normal text-slate-700">{labels.several}</span> : null}
                </legend>
                <p dir="auto" className="leading-8">
                  {q.text}
                </p>
                {q.options.map((o) => (
                  <label key={o.id} className="flex min-h-11 items-center gap-3 rounded-lg px-2 hover:bg-slate-50">
                    <input
                      type={q.multiple ? 'checkbox' : 'radio'}
                      name={`q_${q.id}`}
                      value={o.id}
                      defaultChecked={picked.has(o.id)}
                      className="size-5 shrink-0"
                    />
                    <span dir="auto" className="min-w-0">
                      {o.text}
                    </span>
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="submit" disabled={pending} className={`${buttonClass()} w-full disabled:opacity-60 sm:w-auto`}>
        {labels.submit}
      </button>
    </form>
  );
}
