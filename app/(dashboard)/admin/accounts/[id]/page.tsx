import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AccountStatusForm, SendSetupLinkForm } from '@/components/accounts/account-admin-forms';
import { AccountForm } from '@/components/accounts/account-form';
import { accountFormLabels } from '@/components/accounts/account-form-labels';
import { withFallbackPages } from '@/app/fallback-pages';
import { getStaffAccount } from '@/lib/accounts/get-staff-account';
import { listAgencyNames } from '@/lib/agencies/list-agency-names';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDateTime, localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { reportFormOptions } from '@/lib/reports/form-options';
import { sendSetupLinkAction, setAccountStatusAction, updateAccountAction } from '../actions';

export const generateMetadata = titled('adminAccounts', 'edit');

type SearchParams = Record<string, string | string[] | undefined>;

/** One staff account for the administrator: details, roles and scope, status, a new password link, its history. */
export default withFallbackPages(async function EditAccount({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { data: account } = await loadPage({
    returnTo: `/admin/accounts/${id}`,
    permission: 'account:manage',
    load: (actor) => getStaffAccount({ actor, userId: id }),
  });
  const [t, roleName, locale, options, agencies, { labels, roles }] = await Promise.all([
    getTranslations('adminAccounts'),
    getTranslations('roles'),
    currentLocale(),
    reportFormOptions(),
    listAgencyNames(),
    accountFormLabels('save'),
  ]);
  const notice = query.created ? t('created_ok') : query.status === 'disabled' ? t('disabledDone') : query.status === 'enabled' ? t('enabledDone') : null;
  return (
    <section className="space-y-4" aria-labelledby="account-title">
      <p>
        <Link href="/admin/accounts" className="text-brand-800 underline">
          {t('title')}
        </Link>
      </p>
      <h1 id="account-title" className="text-2xl font-bold">
        <bdi>{account.name}</bdi>
      </h1>
      {notice ? (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      <ul className="space-y-1 text-sm text-muted">
        <li>{t(`status.${account.status === 'DISABLED' ? 'DISABLED' : account.hasPassword ? 'ACTIVE' : 'NO_PASSWORD'}`)}</li>
        <li>{t('created', { at: formatDateTime(account.createdAt, locale) })}</li>
        <li>{account.lastLoginAt ? t('lastLogin', { at: formatDateTime(account.lastLoginAt, locale) }) : t('neverLoggedIn')}</li>
        {account.linkExpiresAt ? <li>{t('linkPending', { at: formatDateTime(account.linkExpiresAt, locale) })}</li> : null}
        {account.keptRoles.length ? <li>{t('keptRoles', { roles: account.keptRoles.map((r) => roleName(r)).join('، ') })}</li> : null}
      </ul>
      {account.self ? <p className="rounded-lg bg-amber-50 p-3 text-amber-950">{t('selfNote')}</p> : null}
      <AccountForm
        action={updateAccountAction}
        userId={account.id}
        saved={{
          name: account.name,
          mobile: account.mobile ?? '',
          email: account.email ?? '',
          roles: account.staffRoles,
          provinceId: account.provinceId,
          agencyId: account.agencyId,
          locale: account.locale === 'en' ? 'en' : 'fa',
        }}
        roles={roles}
        provinces={options.provinces.map((p) => ({ id: String(p.id), name: localized(p, locale) }))}
        agencies={agencies.filter((a) => a.active || a.id === account.agencyId).map((a) => ({ id: a.id, name: localized(a, locale) }))}
        labels={labels}
        ownAccount={account.self}
      />
      {account.self ? null : (
        <>
          <section aria-labelledby="link-title" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="link-title" className="text-lg font-bold">
              {t('linkTitle')}
            </h2>
            {account.hasPassword ? (
              <p>{t('hasPassword')}</p>
            ) : (
              <>
                <p>{t('noPassword')}</p>
                {account.status === 'ACTIVE' ? (
                  <SendSetupLinkForm action={sendSetupLinkAction} userId={account.id} labels={{ hint: t('linkHint'), submit: t('sendLink') }} />
                ) : null}
              </>
            )}
          </section>
          <section aria-labelledby="status-title" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="status-title" className="text-lg font-bold">
              {t('statusTitle')}
            </h2>
            <AccountStatusForm
              action={setAccountStatusAction}
              userId={account.id}
              disabled={account.status === 'DISABLED'}
              labels={{ disable: t('disable'), disableHint: t('disableHint'), confirm: t('disableConfirm'), enable: t('enable') }}
            />
          </section>
        </>
      )}
      <p>
        <Link href={`/audit?objectType=user&objectId=${account.id}`} className="text-brand-800 underline">
          {t('history')}
        </Link>
      </p>
      <p className="text-sm text-muted">{t('secondFactor')}</p>
    </section>
  );
});
