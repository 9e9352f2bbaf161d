'use client';

import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { PasswordInput } from '@/components/ui/password-input';
import type { ActionState } from '@/lib/actions/action-state';

/** The password chosen through a one-time setup link; works without JavaScript. The password is never sent back into the page. */
export function SetupPasswordForm({
  action,
  token,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  token: string;
  labels: { password: string; passwordHint: string; save: string; saving: string };
}) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'setup-message' });
  const e = state.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="space-y-4">
      <FormMessage id="setup-message" message={state.message} ok={state.ok} errors={e.token ? undefined : e} labels={{ password: labels.password }} />
      <input type="hidden" name="token" value={token} />
      <p id="token-error" aria-live="polite" className="text-sm text-red-800 empty:hidden">
        {e.token?.join(' ')}
      </p>
      <Field id="password" label={labels.password} hint={labels.passwordHint} error={e.password}>
        <PasswordInput name="password" autoComplete="new-password" required minLength={10} />
      </Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={`${buttonClass()} w-full disabled:opacity-60`}>
        {pending ? labels.saving : labels.save}
      </button>
    </form>
  );
}
