'use client';

import { buttonClass } from '@/components/ui/button-link';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

/** `around`: the list starting at the first altered event, when the chain is broken. */
export type ChainCheckAnswer = { intact: boolean; checked: number; brokenAt: string | null; around: string | null; summary: string };

type Props = {
  action: (state: ActionState<ChainCheckAnswer>, formData: FormData) => Promise<ActionState<ChainCheckAnswer>>;
  labels: { verify: string; verifying: string; showBroken: string };
};

/** The "verify the chain" button: works without JavaScript; with it, says it is working while the check runs. */
export function VerifyChainForm({ action, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'verify-message', doneId: 'verify-message' });
  const answer = state.data;
  return (
    <form {...formProps} className="space-y-3">
      <button type="submit" disabled={pending} aria-describedby="verify-message" className={`${buttonClass('secondary')} disabled:opacity-60`}>
        {labels.verify}
      </button>
      <p role="status" className="text-sm text-muted empty:hidden">
        {pending ? labels.verifying : ''}
      </p>
      <div
        id="verify-message"
        role="alert"
        tabIndex={-1}
        data-intact={answer ? String(answer.intact) : undefined}
        className={`rounded-lg px-3 py-2 text-sm font-medium empty:hidden ${answer?.intact === false || (!state.ok && state.message) ? 'bg-red-50 text-red-800' : 'bg-brand-50 text-brand-800'}`}
      >
        {answer ? <p>{answer.summary}</p> : state.message ? <p>{state.message}</p> : null}
        {answer?.around ? (
          <a href={answer.around} className="underline">
            {labels.showBroken}
          </a>
        ) : null}
      </div>
    </form>
  );
}
