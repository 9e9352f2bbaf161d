import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { SetupPasswordForm } from '@/components/accounts/setup-password-form';
import { buttonClass } from '@/components/ui/button-link';
import { MessagePage } from '@/components/ui/message-page';
import { readSetupLink } from '@/lib/accounts/read-setup-link';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDateTime } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { setupPasswordAction } from './actions';

export const generateMetadata = titled('accountSetup');

/**
 * Where a one-time setup link leads (issue #15): a new staff account's person chooses their password.
 * A used, replaced, expired or unknown link says so and what to do. The token is in the path so the
 * page works from an SMS without JavaScript; the site's Referrer-Policy (same-origin) keeps it from
 * leaving the site, and the page loads nothing from elsewhere.
 */
export default async function AccountSetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t, locale] = await Promise.all([readSetupLink({ token }), getTranslations('accountSetup'), currentLocale()]);
  if (link.state !== 'ok')
    return (
      <MessagePage
        title={t('title')}
        body={t(link.state)}
        action={
          <Link href="/login" className={buttonClass()}>
            {t('login')}
          </Link>
        }
      />
    );
  const ids = [link.mobile, link.email].filter((x): x is string => x !== null);
  return (
    <section className="mx-auto max-w-md space-y-4" aria-labelledby="setup-title">
      <h1 id="setup-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="leading-7">
        {t.rich('intro', {
          nameText: link.name,
          idsText: ids.join(' / '),
          name: (chunks) => <bdi>{chunks}</bdi>,
          ids: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
        })}
      </p>
      <p className="text-sm text-muted">{t('expiresAt', { at: formatDateTime(link.expiresAt, locale) })}</p>
      <SetupPasswordForm
        action={setupPasswordAction}
        token={token}
        labels={{ password: t('password'), passwordHint: t('passwordHint'), save: t('save'), saving: t('saving') }}
      />
    </section>
  );
}
