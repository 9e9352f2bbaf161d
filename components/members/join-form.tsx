'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { TextInput } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * Mobile → one-time code → password: the account that holds the application draft. Both steps are
 * server actions (the second also logs the new account in), so /join works without JavaScript.
 */
export function JoinForm({ requestOtp, createAccount }: { requestOtp: Action<{ mobile: string }>; createAccount: Action<undefined> }) {
  const t = useTranslations('join');
  const sent = useFormAction(requestOtp, { summaryId: 'otp-request-message', doneId: 'code-sent' });
  const created = useFormAction(createAccount, { summaryId: 'account-message' });
  const mobile = sent.state.data?.mobile ?? created.state.values?.mobile;

  if (!mobile) {
    const e = sent.state.fieldErrors ?? {};
    return (
      <form {...sent.formProps} className="mt-6 space-y-4 rounded-xl border border-slate-200 bg-white p-4" noValidate>
        <FormMessage id="otp-request-message" message={e.mobile ? undefined : sent.state.message} />
        <Field id="mobile" label={t('mobile')} hint={t('mobileHint')} error={e.mobile}>
          <TextInput name="mobile" type="tel" inputMode="tel" autoComplete="tel" dir="ltr" required defaultValue={sent.state.values?.mobile} />
        </Field>
        <button type="submit" className={buttonClass()} disabled={sent.pending} aria-busy={sent.pending}>
          {sent.pending ? t('sending') : t('sendCode')}
        </button>
      </form>
    );
  }

  const e = created.state.fieldErrors ?? {};
  return (
    <form {...created.formProps} className="mt-6 space-y-4 rounded-xl border border-slate-200 bg-white p-4" noValidate>
      <p id="code-sent" tabIndex={-1} role="status" className="text-sm">
        {t('codeSent', { mobile })}
      </p>
      <FormMessage id="account-message" message={created.state.fieldErrors ? undefined : created.state.message} />
      <input type="hidden" name="mobile" value={mobile} />
      <Field id="code" label={t('code')} hint={t('codeHint')} error={e.code}>
        <TextInput name="code" inputMode="numeric" autoComplete="one-time-code" dir="ltr" maxLength={12} required />
      </Field>
      <Field id="password" label={t('password')} hint={t('passwordHint')} error={e.password}>
        <TextInput name="password" type="password" autoComplete="new-password" dir="ltr" required minLength={10} />
      </Field>
      <button type="submit" className={buttonClass()} disabled={created.pending} aria-busy={created.pending}>
        {created.pending ? t('creating') : t('createAccount')}
      </button>
    </form>
  );
}
