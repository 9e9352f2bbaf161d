import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ButtonLink, buttonClass } from '@/components/ui/button-link';
import { inputClass } from '@/components/ui/field';
import { withFallbackPages } from '@/app/fallback-pages';
import { accountFiltersSchema, listStaffAccounts } from '@/lib/accounts/list-staff-accounts';
import { STAFF_ROLES } from '@/lib/accounts/staff-roles';
import { loadPage } from '@/lib/auth/guard';
import { firstValues, listHref } from '@/lib/http/list-href';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDateTime, localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { reportFormOptions } from '@/lib/reports/form-options';

export const generateMetadata = titled('adminAccounts', 'title');

type SearchParams = Record<string, string | string[] | undefined>;

/** The administrator's list of staff accounts: search, filters (a GET form, so it works without JavaScript), keyset pages. */
export default withFallbackPages(async function AdminAccounts({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const filters = accountFiltersSchema.parse(firstValues(query));
  const { data } = await loadPage({ returnTo: '/admin/accounts', permission: 'account:manage', load: (actor) => listStaffAccounts({ actor, filters }) });
  const [t, roleName, locale, options] = await Promise.all([getTranslations('adminAccounts'), getTranslations('roles'), currentLocale(), reportFormOptions()]);
  const selects = [
    ['role', t('filters.role'), STAFF_ROLES.map((r) => [r, roleName(r)])],
    ['provinceId', t('filters.province'), options.provinces.map((p) => [String(p.id), localized(p, locale)])],
    ['status', t('filters.status'), (['ACTIVE', 'DISABLED', 'NO_PASSWORD'] as const).map((s) => [s, t(`status.${s}`)])],
  ] as const satisfies readonly (readonly [keyof typeof filters, string, readonly (readonly [string, string])[]])[];
  const next = data.nextCursor ? listHref('/admin/accounts', query, { after: data.nextCursor }) : null;
  return (
    <section className="space-y-4" aria-labelledby="accounts-title">
      <h1 id="accounts-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="leading-7 text-muted">{t('intro')}</p>
      <ButtonLink href="/admin/accounts/new">{t('new')}</ButtonLink>
      <form method="get" action="/admin/accounts" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <h2 className="font-semibold sm:col-span-2">{t('filters.legend')}</h2>
        <div className="sm:col-span-2">
          <label htmlFor="q" className="block font-medium">
            {t('filters.q')}
          </label>
          <input id="q" name="q" type="search" dir="auto" defaultValue={filters.q ?? ''} className={inputClass} />
        </div>
        {selects.map(([name, label, choices]) => (
          <div key={name}>
            <label htmlFor={name} className="block font-medium">
              {label}
            </label>
            <select id={name} name={name} defaultValue={String(filters[name] ?? '')} className={inputClass}>
              <option value="">{t('filters.any')}</option>
              {choices.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="flex items-end gap-3">
          <button type="submit" className={buttonClass()}>
            {t('filters.apply')}
          </button>
          <Link href="/admin/accounts" className="inline-flex min-h-11 items-center text-brand-800 underline">
            {t('filters.clear')}
          </Link>
        </div>
      </form>
      {data.items.length === 0 ? (
        <p className="text-muted">{t('empty')}</p>
      ) : (
        <ul className="space-y-3" data-testid="account-list">
          {data.items.map((a) => {
            const status = a.status === 'DISABLED' ? 'DISABLED' : a.hasPassword ? 'ACTIVE' : 'NO_PASSWORD';
            return (
              <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4">
                <Link href={`/admin/accounts/${a.id}`} className="font-semibold text-brand-800 underline">
                  <bdi>{a.name}</bdi>
                </Link>
                <span className={`ms-2 rounded px-2 py-0.5 text-sm ${status === 'ACTIVE' ? 'bg-green-100 text-green-900' : 'bg-slate-200'}`}>
                  {t(`status.${status}`)}
                </span>
                <p className="mt-1 text-sm">
                  {a.roles.map((r) => roleName(r)).join('، ')}
                  {' · '}
                  {a.agency ? <bdi>{localized(a.agency, locale)}</bdi> : a.province ? localized(a.province, locale) : t('national')}
                </p>
                <p className="mt-1 text-sm text-muted">
                  {a.mobile ? <bdi dir="ltr">{a.mobile}</bdi> : null}
                  {a.mobile && a.email ? ' · ' : null}
                  {a.email ? <bdi dir="ltr">{a.email}</bdi> : null}
                  {' · '}
                  {a.lastLoginAt ? t('lastLogin', { at: formatDateTime(a.lastLoginAt, locale) }) : t('neverLoggedIn')}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {next ? (
        <Link href={next} className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t('next')}
        </Link>
      ) : null}
    </section>
  );
});
