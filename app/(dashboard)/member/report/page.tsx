import { getTranslations } from 'next-intl/server';
import { ReportDoneProvider } from '@/components/reports/report-done-context';
import { ReportForm } from '@/components/reports/report-form';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { reportFormProps } from '@/lib/reports/report-form-props';
import { getSettings } from '@/lib/settings/get-settings';
import { deadlinePolicy } from '@/lib/workflow/deadlines';
import { stepsAfterSubmission } from '@/lib/workflow/next-steps';
import { submitMemberReport } from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('reportForm', 'memberTitle');
import { withFallbackPages } from '@/app/fallback-pages';

export default withFallbackPages(async function MemberReportPage() {
  const actor = await requirePermission('report:submit-as-member', '/member/report');
  const [t, props, settings] = await Promise.all([
    getTranslations('reportForm'),
    currentLocale().then((locale) => reportFormProps(locale, { topicsOf: actor.provinceId })),
    getSettings(),
  ]);
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">{t('memberTitle')}</h1>
      <p className="mt-3 leading-7 text-muted">{t('memberIntro')}</p>
      <ReportDoneProvider value={{ member: true, nextSteps: stepsAfterSubmission(actor.coreId !== null, deadlinePolicy(settings)) }}>
        <ReportForm action={submitMemberReport} upload="/member/report/send" member draftOwner={actor.id} {...props} />
      </ReportDoneProvider>
    </section>
  );
});
