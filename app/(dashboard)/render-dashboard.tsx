import { getTranslations } from 'next-intl/server';
import { ReportList } from '@/components/reports/report-list';
import { DashboardHome } from '@/components/dashboard/dashboard-home';
import { ButtonLink } from '@/components/ui/button-link';
import { requirePermission } from '@/lib/auth/guard';
import type { Dashboard } from '@/lib/authz';
import { describeScope } from '@/lib/dashboard/describe-scope';
import { currentLocale } from '@/lib/i18n/current-locale';
import { listOwnReports, listReviewQueue } from '@/lib/reports/list-review-queue';

const reviewing: readonly Dashboard[] = ['core', 'province', 'national', 'agency'];

/** Every role's landing page: checks the role in the data layer (the proxy only redirects), then renders its work. */
export async function renderDashboard(dashboard: Dashboard) {
  const actor = await requirePermission(`dashboard:${dashboard}`, `/${dashboard}`);
  const locale = await currentLocale();
  const [scope, t] = await Promise.all([describeScope(actor, locale), getTranslations('review')]);

  let work = null;
  if (reviewing.includes(dashboard)) {
    const queue = await listReviewQueue(actor);
    work = <ReportList title={t('queue')} empty={t('queueEmpty')} locale={locale} items={queue.map((r) => ({ ...r, href: `/reports/${r.id}` }))} />;
  } else if (dashboard === 'member') {
    const own = await listOwnReports(actor);
    work = (
      <div className="space-y-4">
        <ButtonLink href="/member/report">{t('newReport')}</ButtonLink>
        <ReportList title={t('myReports')} empty={t('myReportsEmpty')} locale={locale} items={own} />
      </div>
    );
  }
  return <DashboardHome dashboard={dashboard} actor={actor} scope={scope}>{work}</DashboardHome>;
}
