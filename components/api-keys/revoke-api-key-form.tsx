'use client';

import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { FormMessage } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  agencyId: string;
  apiKeyId: string;
  labels: { submit: string; confirm: string };
};

/** Revokes one key, after a tick that says the agency's system will stop working with it; works without JavaScript. */
export function RevokeApiKeyForm({ action, agencyId, apiKeyId, labels }: Props) {
  const id = `revoke-${apiKeyId}`;
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${id}-message` });
  const error = state.fieldErrors?.confirmed;
  return (
    <form {...formProps} className="space-y-2" noValidate>
      <input type="hidden" name="agencyId" value={agencyId} />
      <input type="hidden" name="apiKeyId" value={apiKeyId} />
      <label className="flex min-h-11 items-start gap-3 text-sm">
        <input
          type="checkbox"
          name="confirmed"
          id={`${id}-confirmed`}
          aria-describedby={`${id}-confirmed-error`}
          aria-invalid={error ? true : undefined}
          className="mt-1 size-4"
        />
        <span>{labels.confirm}</span>
      </label>
      <p id={`${id}-confirmed-error`} aria-live="polite" className="text-sm text-red-800 empty:hidden">
        {error?.join(' ')}
      </p>
      <FormMessage id={`${id}-message`} ok={state.ok} message={state.message} />
      <button type="submit" className={buttonClass('danger')} disabled={pending || state.ok} aria-busy={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
