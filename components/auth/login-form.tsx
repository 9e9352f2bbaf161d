'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { TextInput } from '@/components/ui/inputs';
import { PasswordInput } from '@/components/ui/password-input';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; returnTo: string };

/**
 * The login form: a server action, so it works without JavaScript (Tor Browser's safest level) with the
 * same Persian messages; the identifier is kept after an error, the password never is.
 */
export function LoginForm({ action, returnTo }: Props) {
  const t = useTranslations('login');
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'login-error' });
  const { form, ...fields } = state.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="mt-6 space-y-5 rounded-xl border border-slate-200 bg-white p-5">
      <FormMessage
        id="login-error"
        message={form?.[0] ?? state.message}
        errors={form ? undefined : fields}
        labels={{ identifier: t('identifier'), password: t('password') }}
      />
      <input type="hidden" name="next" value={returnTo} />
      <Field id="identifier" label={t('identifier')} hint={t('identifierHint')} error={fields.identifier}>
        <TextInput name="identifier" inputMode="email" autoComplete="username" dir="ltr" required defaultValue={state.values?.identifier} />
      </Field>
      <Field id="password" label={t('password')} error={fields.password}>
        <PasswordInput name="password" autoComplete="current-password" required />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass()} w-full disabled:opacity-60`}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
