'use client';

import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { FormMessage } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Disables an account (after a tick that says the person is logged out at once) or enables it again;
 * works without JavaScript.
 */
export function AccountStatusForm({
  action,
  userId,
  disabled,
  labels,
}: {
  action: Action;
  userId: string;
  disabled: boolean;
  labels: { disable: string; disableHint: string; confirm: string; enable: string };
}) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'status-message' });
  const error = state.fieldErrors?.confirmed ?? state.fieldErrors?.status;
  return (
    <form {...formProps} className="space-y-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="status" value={disabled ? 'ACTIVE' : 'DISABLED'} />
      {disabled ? null : (
        <>
          <p className="text-sm text-muted">{labels.disableHint}</p>
          <label className="flex min-h-11 items-start gap-3 text-sm">
            <input
              type="checkbox"
              name="confirmed"
              id="status-confirmed"
              aria-describedby="status-error"
              aria-invalid={error ? true : undefined}
              className="mt-1 size-5"
            />
            <span>{labels.confirm}</span>
          </label>
        </>
      )}
      <p id="status-error" aria-live="polite" className="text-sm text-red-800 empty:hidden">
        {error?.join(' ')}
      </p>
      <FormMessage id="status-message" ok={state.ok} message={state.message} />
      <button type="submit" className={buttonClass(disabled ? 'secondary' : 'danger')} disabled={pending} aria-busy={pending}>
        {disabled ? labels.enable : labels.disable}
      </button>
    </form>
  );
}

/** Sends the account a new one-time password link; works without JavaScript. */
export function SendSetupLinkForm({ action, userId, labels }: { action: Action; userId: string; labels: { hint: string; submit: string } }) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'link-message' });
  const error = state.fieldErrors?.link;
  return (
    <form {...formProps} className="space-y-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <p id="link-hint" className="text-sm text-muted">
        {labels.hint}
      </p>
      <p id="link-error" aria-live="polite" className="text-sm text-red-800 empty:hidden">
        {error?.join(' ')}
      </p>
      <FormMessage id="link-message" ok={state.ok} message={state.message} />
      <button type="submit" className={buttonClass('secondary')} disabled={pending} aria-busy={pending} aria-describedby="link-hint link-error">
        {labels.submit}
      </button>
    </form>
  );
}
