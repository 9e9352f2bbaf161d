import { getTranslations } from 'next-intl/server';
import { ReferralFiltersForm } from '@/components/agencies/referral-filters';
import { ReferralList } from '@/components/agencies/referral-list';
import { AgencyFiguresPanel } from '@/components/agencies/agency-figures';
import { DashboardHome } from '@/components/dashboard/dashboard-home';
import { withFallbackPages } from '@/app/fallback-pages';
import { requirePermission } from '@/lib/auth/guard';
import { agencyFigures } from '@/lib/agencies/agency-figures';
import { listReferrals, referralFiltersSchema } from '@/lib/agencies/list-referrals';
import { describeScope } from '@/lib/dashboard/describe-scope';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { reportFormOptions } from '@/lib/reports/form-options';
import { firstValues, listHref } from '@/lib/http/list-href';

export const generateMetadata = titled('dashboard', 'agency');

type SearchParams = Record<string, string | string[] | undefined>;

/** The agency portal's inbox: this agency's referrals only (lib/agencies/list-referrals.ts), its figures, the overdue view. */
export default withFallbackPages(async function AgencyInbox({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission('dashboard:agency', '/agency');
  const params = await searchParams;
  const filters = referralFiltersSchema.parse(firstValues(params));
  const locale = await currentLocale();
  const [t, scope, figures, list, options] = await Promise.all([
    getTranslations('agency'),
    describeScope({ actor, locale }),
    agencyFigures({ actor }),
    listReferrals({ actor, filters }),
    reportFormOptions(),
  ]);
  return (
    <DashboardHome dashboard="agency" actor={actor} scope={scope}>
      <section className="space-y-6" aria-labelledby="inbox-title">
        <header>
          <h2 id="inbox-title" className="text-xl font-bold">
            {t('inboxTitle')}
          </h2>
          <p className="mt-2 leading-7">{t('inboxIntro')}</p>
        </header>
        <AgencyFiguresPanel figures={figures} locale={locale} />
        <ReferralFiltersForm
          path="/agency"
          filters={filters}
          views={['all', 'overdue']}
          provinces={options.provinces}
          categories={options.categories}
          agencies={null}
          locale={locale}
        />
        <ReferralList
          items={list.items}
          locale={locale}
          showAgency={false}
          href={(r) => `/agency/referrals/${r.id}`}
          next={list.nextCursor ? listHref('/agency', params, { after: list.nextCursor }) : null}
        />
      </section>
    </DashboardHome>
  );
});
