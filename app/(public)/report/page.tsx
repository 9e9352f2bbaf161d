import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ReportDoneProvider } from '@/components/reports/report-done-context';
import { ReportForm } from '@/components/reports/report-form';
import { currentLocale } from '@/lib/i18n/current-locale';
import { reportFormProps } from '@/lib/reports/report-form-props';
import { getSettings } from '@/lib/settings/get-settings';
import { deadlinePolicy } from '@/lib/workflow/deadlines';
import { stepsAfterSubmission } from '@/lib/workflow/next-steps';
import { submitPublicReport } from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('reportForm');

/** `/report?topic=<id>`: the home page's priority-area cards open the form with their topic chosen. */
export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, emergency, props, params, settings] = await Promise.all([
    getTranslations('reportForm'),
    getTranslations('emergency'),
    currentLocale().then(reportFormProps),
    searchParams,
    getSettings(),
  ]);
  const topic = typeof params.topic === 'string' && props.options.topics.some((x) => String(x.id) === params.topic) ? params.topic : undefined;
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 leading-7 text-muted">{t('intro')}</p>
      {/* Before the form, so nobody in danger writes a report and waits for days (issue #13). */}
      <aside aria-labelledby="emergency-text" className="mt-4 rounded-lg border-s-4 border-red-700 bg-red-50 px-4 py-3 text-red-950">
        <p id="emergency-text" className="font-bold">
          {emergency('text')}
        </p>
        <p className="mt-1 text-sm leading-7">
          {emergency('details')}{' '}
          <Link href="/safety" className="font-medium underline">
            {emergency('safety')}
          </Link>
        </p>
      </aside>
      <ReportDoneProvider value={{ member: false, nextSteps: stepsAfterSubmission(false, deadlinePolicy(settings)) }}>
        <ReportForm action={submitPublicReport} upload="/report/send" {...props} defaults={topic ? { topicId: topic } : undefined} />
      </ReportDoneProvider>
    </section>
  );
}
