import { getTranslations } from 'next-intl/server';
import { ReportForm } from '@/components/reports/report-form';
import { currentLocale } from '@/lib/i18n/current-locale';
import { reportFormProps } from '@/lib/reports/report-form-props';
import { submitPublicReport } from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('reportForm');

export default async function ReportPage() {
  const [t, props] = await Promise.all([getTranslations('reportForm'), currentLocale().then(reportFormProps)]);
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 leading-7 text-muted">{t('intro')}</p>
      <ReportForm action={submitPublicReport} {...props} />
    </section>
  );
}
