import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MobileCodeSteps } from '@/components/auth/mobile-code-steps';
import { getCurrentActor } from '@/lib/auth/session';
import { titled } from '@/lib/i18n/page-title';
import { passwordResetAction } from './actions';

export const generateMetadata = titled('passwordReset');

export default async function PasswordResetPage() {
  const [actor, t] = await Promise.all([getCurrentActor(), getTranslations('passwordReset')]);
  if (actor) redirect('/dashboard');
  return (
    <section className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 leading-7 text-muted">{t('intro')}</p>
      <MobileCodeSteps action={passwordResetAction} namespace="passwordReset" />
    </section>
  );
}
