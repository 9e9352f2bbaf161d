import { getTranslations } from 'next-intl/server';
import { ReferralFiltersForm } from '@/components/agencies/referral-filters';
import { ReferralList } from '@/components/agencies/referral-list';
import { withFallbackPages } from '@/app/fallback-pages';
import { requirePermission } from '@/lib/auth/guard';
import { listReferrals, referralFiltersSchema } from '@/lib/agencies/list-referrals';
import { listAgencyNames } from '@/lib/agencies/list-agency-names';
import { listOverdueAgencies } from '@/lib/agencies/list-overdue-agencies';
import { OverdueAgencies } from '@/components/agencies/overdue-agencies';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { firstValues, listHref } from '@/lib/http/list-href';
import { reportFormOptions } from '@/lib/reports/form-options';

export const generateMetadata = titled('agency', 'nationalTitle');

type SearchParams = Record<string, string | string[] | undefined>;

/** The national office's follow-up of agencies: answers to evaluate, questions, overdue agencies, re-routing, appeals. */
export default withFallbackPages(async function NationalReferrals({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission('dashboard:national', '/national/referrals');
  const params = await searchParams;
  const filters = referralFiltersSchema.parse(firstValues(params));
  const locale = await currentLocale();
  const [t, list, options, agencies, overdue] = await Promise.all([
    getTranslations('agency'),
    listReferrals({ actor, filters }),
    reportFormOptions(),
    listAgencyNames(),
    // Only on the overdue view: a scan of every late referral (docs/benchmarks.md).
    filters.view === 'overdue' ? listOverdueAgencies({ actor }) : null,
  ]);
  return (
    <section className="space-y-6" aria-labelledby="national-referrals-title">
      <header>
        <h1 id="national-referrals-title" className="text-2xl font-bold">
          {t('nationalTitle')}
        </h1>
        <p className="mt-2 leading-7">{t('nationalIntro')}</p>
      </header>
      <ReferralFiltersForm
        path="/national/referrals"
        filters={filters}
        views={['all', 'evaluate', 'questions', 'overdue', 'declined', 'appeals']}
        provinces={options.provinces}
        categories={options.categories}
        agencies={agencies}
        locale={locale}
      />
      {overdue ? <OverdueAgencies agencies={overdue} locale={locale} /> : null}
      <ReferralList
        items={list.items}
        locale={locale}
        showAgency
        href={(r) => `/reports/${r.reportId}#referral-${r.id}`}
        next={list.nextCursor ? listHref('/national/referrals', params, { after: list.nextCursor }) : null}
      />
    </section>
  );
});
