import { getTranslations } from 'next-intl/server';
import { ReportList } from '@/components/reports/report-list';
import { ButtonLink } from '@/components/ui/button-link';
import { withFallbackPages } from '@/app/fallback-pages';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { listOwnReports } from '@/lib/reports/list-review-queue';

export const generateMetadata = titled('trackCase', 'myReports');

/** «گزارش‌های من»: the member's own reports (scoped to the author in the data layer), each opening the author's projection. */
export default withFallbackPages(async function MyReportsPage() {
  const actor = await requirePermission('dashboard:member', '/member/reports');
  const [t, review, locale, own] = await Promise.all([getTranslations('trackCase'), getTranslations('review'), currentLocale(), listOwnReports({ actor })]);
  return (
    <section className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t('myReports')}</h1>
      <p className="leading-7 text-muted">{t('myReportsIntro')}</p>
      <ButtonLink href="/member/report">{review('newReport')}</ButtonLink>
      <ReportList title={t('myReports')} empty={review('myReportsEmpty')} locale={locale} items={own.map((r) => ({ ...r, href: `/reports/${r.id}` }))} />
    </section>
  );
});
