import { getTranslations } from 'next-intl/server';
import { withFallbackPages } from '@/app/fallback-pages';
import { ApiKeyList } from '@/components/api-keys/api-key-list';
import { CreateApiKeyForm } from '@/components/api-keys/create-api-key-form';
import { loadPage } from '@/lib/auth/guard';
import { listApiKeys } from '@/lib/agencies/api-keys/list-api-keys';
import { currentLocale } from '@/lib/i18n/current-locale';
import { localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { createApiKeyAction, revokeApiKeyAction } from './actions';

export const generateMetadata = titled('apiKeys', 'pageTitle');

/** An agency's Open311 keys, for the system administrator: list, create (the key shown once), revoke. */
export default withFallbackPages(async function ApiKeysPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data } = await loadPage({
    returnTo: `/admin/agencies/${id}/keys`,
    permission: 'apiKey:manage',
    load: (actor) => listApiKeys({ actor, agencyId: id }),
  });
  const [t, locale] = await Promise.all([getTranslations('apiKeys'), currentLocale()]);
  return (
    <section className="space-y-4" aria-labelledby="keys-title">
      <h1 id="keys-title" className="text-2xl font-bold">
        {t('heading', { agency: localized(data.agency, locale) })}
      </h1>
      <p className="text-muted">{t('intro')}</p>
      {data.agency.active ? null : <p className="rounded-lg bg-red-50 px-3 py-2 text-sm font-medium text-red-800">{t('inactiveAgency')}</p>}
      <CreateApiKeyForm
        action={createApiKeyAction}
        agencyId={data.agency.id}
        labels={{
          title: t('create.title'),
          label: t('create.label'),
          labelHint: t('create.labelHint'),
          days: t('create.days'),
          daysHint: t('create.daysHint'),
          rate: t('create.rate'),
          rateHint: t('create.rateHint'),
          submit: t('create.submit'),
          // Filled in by the form from the answer ({label}, {date}): passed raw.
          secretTitle: t.raw('create.secretTitle') as string,
          secretWarning: t('create.secretWarning'),
          secretLabel: t('create.secretLabel'),
          expiresOn: t.raw('create.expiresOn') as string,
        }}
      />
      <h2 className="text-lg font-bold">{t('list.title')}</h2>
      <ApiKeyList data={data} locale={locale} revoke={revokeApiKeyAction} />
    </section>
  );
});
