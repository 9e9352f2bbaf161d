import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { describeScope } from '@/lib/dashboard/describe-scope';
import { formatDate, localized } from '@/lib/i18n/format';
import { applicationFiltersSchema } from '@/lib/vetting/application-filters';
import { listApplications } from '@/lib/vetting/list-applications';
import { buttonClass } from '@/components/ui/button-link';
import { inputClass } from '@/components/ui/field';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('vetting');
import { withFallbackPages } from '@/app/fallback-pages';

const APPLICATION_STATES = applicationFiltersSchema.shape.status.unwrap().unwrap().options;

/** Provincial staff (their province) and the national office (all): applications waiting to be vetted. */
export default withFallbackPages(async function ApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission('member:vet', '/applications');
  const filters = applicationFiltersSchema.parse(await searchParams);
  const [t, statuses, items, locale] = await Promise.all([
    getTranslations('vetting'),
    getTranslations('application.statuses'),
    listApplications({ actor, filters }),
    currentLocale(),
  ]);
  const scope = await describeScope({ actor, locale });
  return (
    <section className="space-y-4" aria-labelledby="applications-title">
      <h1 id="applications-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      {/* Whose: the national office lists every province, provincial staff their own. */}
      <p className="text-muted">{scope.province ? t('inProvince', { province: scope.province }) : t('everywhere')}</p>
      <form method="get" role="search" aria-label={t('search')} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <label className="text-sm sm:col-span-2">
          {t('q')}
          <input type="search" name="q" defaultValue={filters.q} maxLength={60} className={inputClass} />
        </label>
        <label className="text-sm">
          {t('state')}
          <select name="status" defaultValue={filters.status ?? ''} className={inputClass}>
            <option value="">{t('underReview')}</option>
            {APPLICATION_STATES.map((s) => (
              <option key={s} value={s}>
                {statuses(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={`${buttonClass('secondary')} sm:col-span-3 sm:justify-self-start`}>
          {t('apply')}
        </button>
      </form>
      {items.length === 0 ? (
        <EmptyState title={t('empty')} body="" />
      ) : (
        <ul className="space-y-3">
          {items.map((a) => (
            <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <strong>
                  {a.firstName} {a.lastName}
                </strong>
                <span className="rounded bg-slate-100 px-2 py-0.5">{statuses(a.status)}</span>
                {a.province ? <span>{localized(a.province, locale)}</span> : null}
                {a.submittedAt ? <span className="text-muted">{formatDate(a.submittedAt, locale)}</span> : null}
              </p>
              <Link href={`/applications/${a.id}`} className="mt-2 inline-flex min-h-11 min-w-11 items-center font-medium text-brand-800 underline">
                {t('open')}
                <span className="sr-only">
                  {' '}
                  {a.firstName} {a.lastName}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
