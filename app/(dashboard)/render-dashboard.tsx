import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { DashboardHome } from '@/components/dashboard/dashboard-home';
import { QueueFiltersForm } from '@/components/reports/queue-filters-form';
import { QueueViews } from '@/components/reports/queue-views';
import { ReportList } from '@/components/reports/report-list';
import { ButtonLink } from '@/components/ui/button-link';
import { CoreMembers, MyCore } from '@/components/cores/core-summary';
import { getOwnCore } from '@/lib/cores/get-own-core';
import { listOwnCoreMembers } from '@/lib/cores/list-own-core-members';
import { withFallbackPages } from '@/app/fallback-pages';
import { requirePermission } from '@/lib/auth/guard';
import { can, type Action, type Dashboard } from '@/lib/authz';
import { describeScope } from '@/lib/dashboard/describe-scope';
import { currentLocale } from '@/lib/i18n/current-locale';
import { reportFormOptions } from '@/lib/reports/form-options';
import { listOwnReports, listReviewQueue } from '@/lib/reports/list-review-queue';
import { queueFiltersSchema } from '@/lib/reports/queue-filters';
import { REPORT_STATUSES } from '@/lib/workflow/transitions';
import { firstValues, listHref } from '@/lib/http/list-href';

const reviewing: readonly Dashboard[] = ['core', 'province', 'national', 'agency'];
/** The administrator's pages: permission, address, label key (`review.*`). */
const adminTools = [
  ['account:manage', '/admin/accounts', 'adminAccounts'],
  ['agency:manage', '/admin/agencies', 'adminAgencies'],
  ['referenceData:manage', '/admin/categories', 'adminCategories'],
  ['referenceData:manage', '/admin/places', 'adminPlaces'],
  ['settings:manage', '/admin/settings', 'adminSettings'],
  ['audit:read', '/audit', 'auditLog'],
] as const satisfies readonly (readonly [Action, string, string])[];
type SearchParams = Record<string, string | string[] | undefined>;

/** Every role's landing page: checks the role in the data layer (the proxy only redirects), then renders its work. */
export const renderDashboard = withFallbackPages(async function renderDashboard(dashboard: Dashboard, searchParams: SearchParams = {}) {
  const actor = await requirePermission(`dashboard:${dashboard}`, `/${dashboard}`);
  const locale = await currentLocale();
  const [scope, t, ts, ta, td] = await Promise.all([
    describeScope({ actor, locale }),
    getTranslations('review'),
    getTranslations('stats'),
    getTranslations('annualReports'),
    getTranslations('annualDashboard'),
  ]);

  let work = null;
  if (reviewing.includes(dashboard)) {
    const filters = queueFiltersSchema.parse(firstValues(searchParams));
    const [{ items, nextCursor }, options] = await Promise.all([listReviewQueue({ actor, filters }), reportFormOptions()]);
    const next = nextCursor ? listHref('', searchParams, { after: nextCursor }) : null;
    work = (
      <div className="space-y-4">
        <div className="flex flex-wrap gap-2">
          {can(actor, 'member:vet') ? (
            <ButtonLink href="/applications" variant="secondary">
              {t('applications')}
            </ButtonLink>
          ) : null}
          {dashboard === 'national' ? (
            <ButtonLink href="/national/referrals" variant="secondary">
              {t('agencyFollowUp')}
            </ButtonLink>
          ) : null}
          {can(actor, 'core:manage') ? (
            <ButtonLink href="/cores" variant="secondary">
              {t('cores')}
            </ButtonLink>
          ) : null}
          {dashboard === 'national' && can(actor, 'audit:read') ? (
            <ButtonLink href="/audit" variant="secondary">
              {t('auditLog')}
            </ButtonLink>
          ) : null}
          {can(actor, 'topic:manage') ? (
            <ButtonLink href="/topics" variant="secondary">
              {t('topics')}
            </ButtonLink>
          ) : null}
          {dashboard === 'national' || dashboard === 'province' ? (
            <ButtonLink href="/stats" variant="secondary">
              {ts('dashboardLink')}
            </ButtonLink>
          ) : null}
          {dashboard === 'national' || dashboard === 'province' ? (
            <ButtonLink href={`/${dashboard}/dashboard`} variant="secondary">
              {td('title')}
            </ButtonLink>
          ) : null}
          {(dashboard === 'national' || dashboard === 'province') && can(actor, 'annualReport:request') ? (
            <ButtonLink href="/annual-reports" variant="secondary">
              {ta('title')}
            </ButtonLink>
          ) : null}
        </div>
        <QueueFiltersForm
          filters={filters}
          statuses={REPORT_STATUSES}
          categories={options.categories}
          topics={options.topics.map((topic) => ({ id: topic.id, name: topic.title, nameEn: topic.titleEn }))}
          provinces={dashboard === 'national' || dashboard === 'agency' ? options.provinces : null}
          locale={locale}
        />
        <QueueViews
          order={{ current: filters.order, href: (order) => listHref('', searchParams, { order: order === 'deadline' ? undefined : order }) }}
          assigned={
            dashboard === 'agency'
              ? null
              : { current: filters.assigned ?? null, href: (assigned) => listHref('', searchParams, { assigned: assigned ?? undefined }) }
          }
        />
        <ReportList title={t('queue')} empty={t('queueEmpty')} locale={locale} items={items.map((r) => ({ ...r, href: `/reports/${r.id}` }))} />
        {next ? (
          <Link href={next} className="inline-flex min-h-11 items-center text-brand-800 underline">
            {t('filters.next')}
          </Link>
        ) : null}
        {dashboard === 'core' ? <CoreMembers members={await listOwnCoreMembers({ actor })} /> : null}
      </div>
    );
  } else if (dashboard === 'member') {
    const [own, core] = await Promise.all([listOwnReports({ actor }), getOwnCore({ actor })]);
    work = (
      <div className="space-y-4">
        <MyCore core={core} />
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/member/report">{t('newReport')}</ButtonLink>
          <ButtonLink href="/member/reports" variant="secondary">
            {t('myReports')}
          </ButtonLink>
        </div>
        <ReportList title={t('myReports')} empty={t('myReportsEmpty')} locale={locale} items={own.map((r) => ({ ...r, href: `/reports/${r.id}` }))} />
      </div>
    );
  }
  // The administrator's tools (issues #14, #15): each shown to whoever holds its permission.
  if (dashboard === 'admin') {
    const tools = adminTools.filter(([permission]) => can(actor, permission));
    work = (
      <nav aria-label={t('adminTools')} className="flex flex-wrap gap-2">
        {tools.map(([, href, label]) => (
          <ButtonLink key={href} href={href} variant="secondary">
            {t(label)}
          </ButtonLink>
        ))}
      </nav>
    );
  }
  return (
    <DashboardHome dashboard={dashboard} actor={actor} scope={scope}>
      {work}
    </DashboardHome>
  );
});

/** The same filters, one keyset page further. */
/** The same list with some parameters changed (undefined removes one); always back to its first page unless `after` is given. */
