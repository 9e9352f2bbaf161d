'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-link';
import { parseLoginIdentifier } from '@/lib/auth/identifier';

type Errors = { identifier?: string; password?: string; form?: string };

const inputClass = 'mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700';

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
      <p id="login-error" role="alert" aria-live="assertive" className="text-sm font-medium text-red-800 empty:hidden">
        {errors.form}
      </p>
      <div>
        <label htmlFor="identifier" className="block font-medium">{t('identifier')}</label>
        <input
          id="identifier"
          name="identifier"
          type="text"
          inputMode="email"
          autoComplete="username"
          dir="ltr"
          required
          aria-invalid={errors.identifier ? true : undefined}
          aria-describedby="identifier-hint identifier-error"
          className={inputClass}
        />
        <p id="identifier-hint" className="mt-1 text-xs text-muted">{t('identifierHint')}</p>
        <p id="identifier-error" aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">{errors.identifier}</p>
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">{t('password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          dir="ltr"
          required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="password-error"
          className={inputClass}
        />
        <p id="password-error" aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">{errors.password}</p>
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass()} w-full disabled:opacity-60`}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
