'use client';

import { useLocale, useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { TextInput } from '@/components/ui/inputs';
import { PasswordInput } from '@/components/ui/password-input';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';
import type { MobileCodeStep } from '@/lib/actions/mobile-code-steps';
import { formatTime, isLocale, localDigits } from '@/lib/i18n/format';

type Props = {
  action: (state: ActionState<MobileCodeStep>, formData: FormData) => Promise<ActionState<MobileCodeStep>>;
  /** The page's messages: mobile, mobileHint, sendCode, sending, codeSent, code, codeHint, password, passwordHint, finish, finishing. */
  namespace: 'join' | 'passwordReset';
};

const panel = 'mt-6 space-y-4 rounded-xl border border-slate-200 bg-white p-4';
const linkButton = 'min-h-11 rounded px-2 text-sm font-medium text-brand-800 underline hover:bg-brand-50';

/**
 * Mobile → one-time code (+ a password): /join and /login/reset. One server action (lib/actions/
 * mobile-code-steps.ts) whose answer says which step to draw, so the same steps work without JavaScript.
 * Step 2 offers a new code (saying how many the limits still allow, or from when) and going back to
 * change the number, which comes back typed in.
 */
export function MobileCodeSteps({ action, namespace }: Props) {
  const t = useTranslations(namespace);
  const shared = useTranslations('mobileCode');
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : 'fa';
  const { state, pending, formProps } = useFormAction(action, {
    summaryId: 'steps-message',
    doneId: (s) => (s.message ? 'steps-message' : s.data?.step === 'mobile' ? 'mobile' : 'code-sent'),
  });
  const { ref, ...sendProps } = formProps;
  const step = state.data;
  const e = state.fieldErrors ?? {};

  if (step?.step !== 'code') {
    return (
      <form ref={ref} {...sendProps} className={panel} noValidate>
        <FormMessage id="steps-message" message={e.mobile ? undefined : state.message} />
        <Field id="mobile" label={t('mobile')} hint={t('mobileHint')} error={e.mobile}>
          <TextInput name="mobile" type="tel" inputMode="tel" autoComplete="tel" dir="ltr" required defaultValue={step?.mobile ?? state.values?.mobile} />
        </Field>
        <button type="submit" name="intent" value="send" className={buttonClass()} disabled={pending} aria-busy={pending}>
          {pending ? t('sending') : t('sendCode')}
        </button>
      </form>
    );
  }

  const mobile = localDigits(step.mobile, locale);
  const resent = state.values?.intent === 'resend' && !state.message;
  return (
    <div className={panel}>
      <p id="code-sent" tabIndex={-1} role="status" className="text-sm">
        {resent ? shared('resent', { mobile }) : t('codeSent', { mobile })}
      </p>
      <form ref={ref} {...sendProps} className="space-y-4" noValidate>
        <FormMessage
          id="steps-message"
          message={e.mobile?.[0] ?? state.message}
          errors={{ code: e.code, password: e.password }}
          labels={{ code: t('code'), password: t('password') }}
        />
        <input type="hidden" name="mobile" value={step.mobile} />
        <Field id="code" label={t('code')} hint={t('codeHint')} error={e.code}>
          <TextInput name="code" inputMode="numeric" autoComplete="one-time-code" dir="ltr" maxLength={12} required />
        </Field>
        <Field id="password" label={t('password')} hint={t('passwordHint')} error={e.password}>
          <PasswordInput name="password" autoComplete="new-password" required minLength={10} />
        </Field>
        <button type="submit" name="intent" value="finish" className={buttonClass()} disabled={pending} aria-busy={pending}>
          {pending ? t('finishing') : t('finish')}
        </button>
      </form>
      <div className="border-t border-slate-200 pt-3">
        <p id="next-code" className="text-sm text-muted">
          {step.nextCodeAt ? shared('nextCodeAt', { time: formatTime(new Date(step.nextCodeAt), locale) }) : shared('codesLeft', { count: step.codesLeft })}
        </p>
        <div className="mt-1 flex flex-wrap gap-2">
          <form {...sendProps}>
            <input type="hidden" name="mobile" value={step.mobile} />
            <button type="submit" name="intent" value="resend" className={linkButton} disabled={pending} aria-describedby="next-code">
              {shared('resend')}
            </button>
          </form>
          <form {...sendProps}>
            <input type="hidden" name="mobile" value={step.mobile} />
            <button type="submit" name="intent" value="change" className={linkButton} disabled={pending}>
              {shared('change')}
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
