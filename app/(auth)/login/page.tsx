import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { loginAction } from './actions';
import { getCurrentActor } from '@/lib/auth/session';
import { safeReturnPath } from '@/lib/auth/return-path';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('login');

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  const [{ next, reset }, actor, t, tr] = await Promise.all([searchParams, getCurrentActor(), getTranslations('login'), getTranslations('passwordReset')]);
  const returnTo = safeReturnPath(next);
  if (actor) redirect(returnTo);

  return (
    <section className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {reset === 'done' ? (
        <p role="status" className="mt-4 rounded-lg bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800">
          {tr('done')}
        </p>
      ) : null}
      <LoginForm action={loginAction} returnTo={returnTo} />
      <p className="mt-4 text-sm">
        <Link href="/login/reset" className="font-medium text-brand-800 underline">
          {tr('forgot')}
        </Link>
      </p>
      <p className="mt-6 text-sm text-muted">{t('anonymousNote')}</p>
    </section>
  );
}
