import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Locale } from '@/lib/i18n/format';
import type { TrackView } from '@/lib/reports/track-form';
import { CaseProgress } from './case-progress';
import { NextSteps } from './next-steps';
import { SubmittedFacts } from './submitted-facts';

type Props = { report: Omit<TrackView, 'code'>; locale: Locale };

/**
 * A member's own report in their account («گزارش‌های من»): the author's projection, shown as /track
 * shows it — where it stands, what happens next, what they sent and the thread. Withdrawing and adding
 * information go through /track with the tracking code, the reporter's one key for acting on a report.
 */
export async function AuthorReport({ report, locale }: Props) {
  const [t, track, status, kinds, c] = await Promise.all([
    getTranslations('review'),
    getTranslations('track'),
    getTranslations('status'),
    getTranslations('reportForm.kinds'),
    getTranslations('trackCase'),
  ]);
  return (
    <article className="space-y-6" aria-labelledby="review-title">
      <header className="rounded-xl bg-white p-4">
        <p className="text-sm">
          <Link className="text-brand-800 underline" href="/member/reports">
            {c('myReports')}
          </Link>
        </p>
        <h1 id="review-title" className="mt-2 text-2xl font-bold">
          {kinds(report.kind)}
        </h1>
        <p className="mt-1 text-sm text-muted">{track('submittedAt', { date: report.submittedAt })}</p>
        <p className="mt-3">
          {track('currentStatus')} <strong data-testid="review-status">{status(report.status)}</strong>
        </p>
        {report.awaitingAnswer ? <p className="mt-3 rounded-lg bg-amber-50 p-3 text-amber-900">{track('needsInfo')}</p> : null}
        <p className="mt-3 text-sm">
          {t('authorNote')}{' '}
          <Link className="text-brand-800 underline" href="/track">
            {track('title')}
          </Link>
        </p>
      </header>
      <NextSteps steps={report.nextSteps} headingLevel="h2" />
      <SubmittedFacts report={report} locale={locale} headingLevel="h2" />
      <CaseProgress report={report} headingLevel="h2" />
    </article>
  );
}
