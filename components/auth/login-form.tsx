'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import { parseLoginIdentifier } from '@/lib/auth/identifier';

type Errors = { identifier?: string; password?: string; form?: string };

export function LoginForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations('login');
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identifier = String(form.get('identifier') ?? '');
    const password = String(form.get('password') ?? '');
    const found: Errors = {};
    if (!identifier.trim()) found.identifier = t('required');
    else if (!parseLoginIdentifier(identifier)) found.identifier = t('invalidIdentifier');
    if (!password) found.password = t('required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    setPending(true);
    try {
      const result = await signIn('credentials', { identifier, password, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(returnTo);
        router.refresh();
        return;
      }
      setErrors({ form: messageFor(result?.error ?? null) });
    } catch {
      setErrors({ form: t('unavailable') });
    }
    setPending(false);
  }

  function messageFor(error: string | null): string {
    if (error?.startsWith('RATE_LIMITED')) {
      const seconds = Number(error.split(':')[1]) || 900;
      return t('rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    }
    return error === 'CredentialsSignin' ? t('failed') : t('unavailable');
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-5 rounded-xl border border-slate-200 bg-white p-5">
      <FormMessage id="login-error" message={errors.form} />
      <Field id="identifier" label={t('identifier')} hint={t('identifierHint')} error={errors.identifier ? [errors.identifier] : undefined}>
        <input id="identifier" name="identifier" type="text" inputMode="email" autoComplete="username" dir="ltr" required className={inputClass} />
      </Field>
      <Field id="password" label={t('password')} error={errors.password ? [errors.password] : undefined}>
        <input id="password" name="password" type="password" autoComplete="current-password" dir="ltr" required className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass()} w-full disabled:opacity-60`}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
