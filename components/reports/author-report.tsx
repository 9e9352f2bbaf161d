import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ActionState } from '@/lib/actions/action-state';
import type { AuthorCaseView } from '@/lib/reports/author-case-form';
import { AuthorCasePanel } from './author-case-panel';

type Props = {
  report: AuthorCaseView;
  reportId: string;
  action: (state: ActionState<AuthorCaseView>, formData: FormData) => Promise<ActionState<AuthorCaseView>>;
  maxFiles: number;
};

/**
 * A member's own report in their account («گزارش‌های من»): the author's projection, shown as /track
 * shows it — where it stands, what happens next, what they sent and the thread — with /track's actions
 * (answer, add information, withdraw), identified by their account rather than the tracking code.
 */
export async function AuthorReport({ report, reportId, action, maxFiles }: Props) {
  const [track, status, kinds, c] = await Promise.all([
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
        {report.duplicateOf ? (
          <p className="mt-3 rounded-lg bg-brand-50 p-3" data-testid="duplicate-notice">
            {report.duplicateOf.status ? c('duplicate', { status: status(report.duplicateOf.status) }) : c('duplicateEnded')}
          </p>
        ) : null}
      </header>
      <AuthorCasePanel action={action} initial={report} reportId={reportId} maxFiles={maxFiles} />
    </article>
  );
}
