'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import type { ActionState } from '@/lib/actions/action-state';

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * useActionState for a form that keeps everything it was sent. React resets a form after its `action`
 * runs, and the reset puts selects, checkboxes and file inputs back to their first defaults while text
 * inputs are refilled from the answer: a reporter then saw an unticked contact box over a filled phone
 * number and resent a report with no contact request, no date and no photo (issue #11). So with
 * JavaScript the form is sent from `onSubmit` (no reset: what the screen shows is what is sent again);
 * without JavaScript, `action` posts the form and the page comes back filled from `state.values`.
 *
 * After an answer, focus moves to the error summary (`summaryId`) or, on success, to `doneId`, so a
 * phone user hears and sees the result instead of a focus lost on <body>.
 */
export function useFormAction<T>(
  action: Action<T>,
  {
    summaryId,
    doneId,
    resetOnSuccess = false,
  }: {
    summaryId: string;
    /** Where focus goes after a success (an element id, or chosen from the answer). */
    doneId?: string | ((state: ActionState<T>) => string);
    /** Empty the form once it succeeded (a note, a message). */
    resetOnSuccess?: boolean;
  },
) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const answered = useRef(false);
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!answered.current) return;
    if (state.ok && resetOnSuccess) ref.current?.reset();
    const done = typeof doneId === 'function' ? doneId(state) : doneId;
    const target = document.getElementById(state.ok && done ? done : summaryId);
    if (target && (state.ok ? done || state.message : state.message)) target.focus();
    // doneId may be a new function each render: the answer (state) alone decides when to move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    answered.current = true;
    startTransition(() => formAction(formData));
  }

  return { state, pending, formProps: { ref, action: formAction, onSubmit } };
}
