'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ActionState } from '@/lib/actions/action-state';
import { carriesFiles, sendWithProgress, type UploadProgress } from './send-with-progress';

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * useActionState for a form that keeps everything it was sent. React resets a form after its `action`
 * runs, and the reset puts selects, checkboxes and file inputs back to their first defaults while text
 * inputs are refilled from the answer: a reporter then saw an unticked contact box over a filled phone
 * number and resent a report with no contact request, no date and no photo (issue #11). So with
 * JavaScript the form is sent from `onSubmit` (no reset: what the screen shows is what is sent again);
 * without JavaScript, `action` posts the form and the page comes back filled from `state.values`.
 *
 * With `upload` (the URL of the same action as a form action route, lib/http/form-action-route.ts), a
 * form that carries files is sent with XMLHttpRequest instead, so `progress` can say how much has left
 * and `cancel` can stop it (issue #12: a 1 MB photo takes 23 s at 400 kbit/s); its answer becomes
 * `state` as the action's would.
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
    upload,
  }: {
    summaryId: string;
    /** Where focus goes after a success (an element id, or chosen from the answer). */
    doneId?: string | ((state: ActionState<T>) => string);
    /** Empty the form once it succeeded (a note, a message). */
    resetOnSuccess?: boolean;
    /** The action's form action route: files go with a progress bar. */
    upload?: string;
  },
) {
  const t = useTranslations('upload');
  const [actionState, formAction, actionPending] = useActionState(action, { ok: false });
  // The answer of the last upload, until the form is sent the other way again.
  const [uploaded, setUploaded] = useState<ActionState<T> | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const aborter = useRef<AbortController | null>(null);
  const answered = useRef(false);
  const ref = useRef<HTMLFormElement>(null);
  const state = uploaded ?? actionState;

  useEffect(() => {
    if (!answered.current) return;
    if (state.ok && resetOnSuccess) ref.current?.reset();
    const done = typeof doneId === 'function' ? doneId(state) : doneId;
    const target = document.getElementById(state.ok && done ? done : summaryId);
    if (target && (state.ok ? done || state.message : state.message)) target.focus();
    // doneId may be a new function each render: the answer (state) alone decides when to move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  async function send(formData: FormData) {
    const controller = new AbortController();
    aborter.current = controller;
    setProgress({ sent: 0, total: 0 });
    const answer = await sendWithProgress<T>(upload!, formData, { onProgress: setProgress, signal: controller.signal });
    aborter.current = null;
    setProgress(null);
    // Nothing was lost: the form was not reset, so what is on screen is what will be sent again.
    setUploaded(typeof answer === 'string' ? { ok: false, message: t(answer) } : answer);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (progress) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    answered.current = true;
    if (upload && carriesFiles(formData)) {
      void send(formData);
      return;
    }
    setUploaded(null);
    startTransition(() => formAction(formData));
  }

  return {
    state,
    pending: actionPending || progress !== null,
    progress,
    cancel: () => aborter.current?.abort(),
    formProps: { ref, action: formAction, onSubmit },
  };
}
