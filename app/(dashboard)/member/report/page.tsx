import { getTranslations } from 'next-intl/server';
import { ReportDoneProvider } from '@/components/reports/report-done-context';
import { ReportForm } from '@/components/reports/report-form';
import { TrainingGateNotice } from '@/components/training/training-gate-notice';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { reportFormProps } from '@/lib/reports/report-form-props';
import { getSettings } from '@/lib/settings/get-settings';
import { memberReportGate } from '@/lib/training/training-gate';
import { deadlinePolicy } from '@/lib/workflow/deadlines';
import { stepsAfterSubmission } from '@/lib/workflow/next-steps';
import { submitMemberReport } from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('reportForm', 'memberTitle');
import { withFallbackPages } from '@/app/fallback-pages';

export default withFallbackPages(async function MemberReportPage() {
  const actor = await requirePermission('report:submit-as-member', '/member/report');
  const [t, props, settings, gate] = await Promise.all([
    getTranslations('reportForm'),
    currentLocale().then((locale) => reportFormProps(locale, { topicsOf: actor.provinceId })),
    getSettings(),
    memberReportGate({ userId: actor.id, now: new Date() }),
  ]);
  // Closed by the training gate: the way through instead of a form that would be refused (submitReport checks again).
  if (!gate.open)
    return (
      <section className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold">{t('memberTitle')}</h1>
        <TrainingGateNotice courseSlug={gate.courseSlug} courseTitle={gate.courseTitle} />
      </section>
    );
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
