import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AccountForm } from '@/components/accounts/account-form';
import { accountFormLabels } from '@/components/accounts/account-form-labels';
import { withFallbackPages } from '@/app/fallback-pages';
import { listAgencyNames } from '@/lib/agencies/list-agency-names';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { reportFormOptions } from '@/lib/reports/form-options';
import { createAccountAction } from '../actions';

export const generateMetadata = titled('adminAccounts', 'new');

/** A new staff account; the person gets a one-time link to set their password. */
export default withFallbackPages(async function NewAccount() {
  await requirePermission('account:manage', '/admin/accounts/new');
  const [t, locale, options, agencies, { labels, roles }] = await Promise.all([
    getTranslations('adminAccounts'),
    currentLocale(),
    reportFormOptions(),
    listAgencyNames(),
    accountFormLabels('create'),
  ]);
  return (
    <section className="space-y-4" aria-labelledby="new-account-title">
      <p>
        <Link href="/admin/accounts" className="text-brand-800 underline">
          {t('title')}
        </Link>
      </p>
      <h1 id="new-account-title" className="text-2xl font-bold">
        {t('new')}
      </h1>
      <AccountForm
        action={createAccountAction}
        saved={{ name: '', mobile: '', email: '', roles: [], provinceId: null, agencyId: null, locale: 'fa' }}
        roles={roles}
        provinces={options.provinces.map((p) => ({ id: String(p.id), name: localized(p, locale) }))}
        agencies={agencies.filter((a) => a.active).map((a) => ({ id: a.id, name: localized(a, locale) }))}
        labels={labels}
      />
    </section>
  );
});
