import { getTranslations } from 'next-intl/server';
import { ReportDoneProvider } from '@/components/reports/report-done-context';
import { ReportForm } from '@/components/reports/report-form';
import { currentLocale } from '@/lib/i18n/current-locale';
import { reportFormProps } from '@/lib/reports/report-form-props';
import { stepsAfterSubmission } from '@/lib/workflow/next-steps';
import { submitPublicReport } from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('reportForm');

/** `/report?topic=<id>`: the home page's priority-area cards open the form with their topic chosen. */
export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, props, params] = await Promise.all([getTranslations('reportForm'), currentLocale().then(reportFormProps), searchParams]);
  const topic = typeof params.topic === 'string' && props.options.topics.some((x) => String(x.id) === params.topic) ? params.topic : undefined;
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 leading-7 text-muted">{t('intro')}</p>
      <ReportDoneProvider value={{ member: false, nextSteps: stepsAfterSubmission(false) }}>
        <ReportForm action={submitPublicReport} upload="/report/send" {...props} defaults={topic ? { topicId: topic } : undefined} />
      </ReportDoneProvider>
    </section>
  );
}
