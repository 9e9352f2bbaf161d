import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { TrackView } from '@/lib/reports/track-form';
import { CaseProgress } from './case-progress';

type Props = { report: Omit<TrackView, 'code'> };

/** A member's own report in their account: the author's projection, the same as /track shows. */
export async function AuthorReport({ report }: Props) {
  const [t, track, status, kinds] = await Promise.all([
    getTranslations('review'),
    getTranslations('track'),
    getTranslations('status'),
    getTranslations('reportForm.kinds'),
  ]);
  return (
    <article className="space-y-6" aria-labelledby="review-title">
      <header className="rounded-xl bg-white p-4">
        <h1 id="review-title" className="text-2xl font-bold">
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
      <CaseProgress report={report} headingLevel="h2" />
    </article>
  );
}
