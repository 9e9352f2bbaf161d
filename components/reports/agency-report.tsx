import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { formatDateTime, type Locale } from '@/lib/i18n/format';
import type { AgencyPage } from '@/lib/reports/get-report-for-review';
import { ReportActions } from './report-actions';
import { ReportFacts } from './report-facts';
import { ReportHeading } from './report-heading';

type Props = { report: AgencyPage; locale: Locale; action: (state: ActionState, formData: FormData) => Promise<ActionState> };

/** A report as the agency it was referred to sees it: the agency projection (no reviewers, no reporter). */
export async function AgencyReport({ report, locale, action }: Props) {
  const t = await getTranslations('review');
  return (
    <article className="space-y-6" aria-labelledby="review-title">
      <ReportHeading kind={report.kind} category={report.category} status={report.status} caseNumber={report.caseNumber} locale={locale} />

      {report.referral ? (
        <section aria-labelledby="referral-title" className="rounded-xl border border-brand-600 bg-brand-50 p-4 text-sm">
          <h2 id="referral-title" className="font-bold">
            {t('referral.title')}
          </h2>
          <p className="mt-1">{t('referral.referredAt', { date: formatDateTime(report.referral.referredAt, locale) })}</p>
          {report.referral.dueAt ? <p className="mt-1">{t('referral.dueAt', { date: formatDateTime(report.referral.dueAt, locale) })}</p> : null}
          {report.referralNote ? (
            <p className="mt-2">
              <span className="text-muted">{t('referral.note')}:</span> <bdi>{report.referralNote}</bdi>
            </p>
          ) : null}
          {report.referral.response ? (
            <p className="mt-2">
              <span className="text-muted">{t('referral.response')}:</span> <bdi>{report.referral.response}</bdi>
            </p>
          ) : null}
        </section>
      ) : null}

      <ReportFacts report={report} locale={locale} />
      <ReportActions reportId={report.id} version={report.version} actions={report.actions} agencies={[]} action={action} />
    </article>
  );
}
