'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

type Action = (state: ActionState<{ mobile: string }>, formData: FormData) => Promise<ActionState<{ mobile: string }>>;

/** Mobile → one-time code → password: the account that holds the application draft. */
export function JoinForm({ requestOtp, createAccount }: { requestOtp: Action; createAccount: Action }) {
  const t = useTranslations('join');
  const router = useRouter();
  const [sent, sendAction, sending] = useActionState(requestOtp, { ok: false });
  // The account is made on the server; the browser then signs in with what was just typed.
  const [created, createAction, creating] = useActionState(
    async (previous: ActionState<{ mobile: string }>, formData: FormData) => {
      const result = await createAccount(previous, formData);
      if (result.ok && result.data) {
        const signedIn = await signIn('credentials', { identifier: result.data.mobile, password: String(formData.get('password') ?? ''), redirect: false });
        router.replace(signedIn?.ok ? '/application' : '/login?next=/application');
        router.refresh();
      }
      return result;
    },
    { ok: false },
  );
  const mobile = sent.data?.mobile;

  if (!mobile) {
    const e = sent.fieldErrors ?? {};
    return (
      <form action={sendAction} className="mt-6 space-y-4 rounded-xl border border-slate-200 bg-white p-4" noValidate>
        <Field id="mobile" label={t('mobile')} hint={t('mobileHint')} error={e.mobile}>
          <input
            id="mobile"
            name="mobile"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            dir="ltr"
            required
            defaultValue={sent.values?.mobile}
            className={inputClass}
          />
        </Field>
        <FormMessage id="otp-request-message" message={e.mobile ? undefined : sent.message} />
        <button type="submit" className={buttonClass()} disabled={sending} aria-busy={sending}>
          {sending ? t('sending') : t('sendCode')}
        </button>
      </form>
    );
  }

  const e = created.fieldErrors ?? {};
  return (
    <form action={createAction} className="mt-6 space-y-4 rounded-xl border border-slate-200 bg-white p-4" noValidate>
      <p role="status" className="text-sm">
        {t('codeSent', { mobile })}
      </p>
      <input type="hidden" name="mobile" value={mobile} />
      <Field id="code" label={t('code')} hint={t('codeHint')} error={e.code}>
        <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" dir="ltr" maxLength={6} required className={inputClass} />
      </Field>
      <Field id="password" label={t('password')} hint={t('passwordHint')} error={e.password}>
        <input id="password" name="password" type="password" autoComplete="new-password" dir="ltr" required minLength={10} className={inputClass} />
      </Field>
      <FormMessage id="account-message" message={created.ok ? undefined : created.fieldErrors ? undefined : created.message} />
      <button type="submit" className={buttonClass()} disabled={creating} aria-busy={creating}>
        {creating ? t('creating') : t('createAccount')}
      </button>
    </form>
  );
}
