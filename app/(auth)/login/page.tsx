import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { loginAction } from './actions';
import { getCurrentActor } from '@/lib/auth/session';
import { safeReturnPath } from '@/lib/auth/return-path';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('login');

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [{ next }, actor, t] = await Promise.all([searchParams, getCurrentActor(), getTranslations('login')]);
  const returnTo = safeReturnPath(next);
  if (actor) redirect(returnTo);

  return (
    <section className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <LoginForm action={loginAction} returnTo={returnTo} />
      <p className="mt-6 text-sm text-muted">{t('anonymousNote')}</p>
    </section>
  );
}
