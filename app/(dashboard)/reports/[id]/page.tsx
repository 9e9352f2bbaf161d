import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { ATTACHMENT_LIMITS } from '@/lib/attachments/sanitize';
import { AuthorReport } from '@/components/reports/author-report';
import { ReviewReport } from '@/components/reports/review-report';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { getReportForReview } from '@/lib/reports/get-report-for-review';
import { formatAuthorView } from '@/lib/reports/track-form';
import {
  assignAction,
  authorCaseAction,
  dismissAppealAction,
  moveReferralAction,
  publishOutcomeAction,
  revealIdentityAction,
  transitionAction,
  unpublishOutcomeAction,
} from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('review', 'pageTitle');
import { withFallbackPages } from '@/app/fallback-pages';

/** One report, in the projection for this person's kind of viewer (lib/reports/report-views.ts). */
export default withFallbackPages(async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ data: report }, locale] = await Promise.all([
    loadPage({ returnTo: `/reports/${id}`, load: (actor) => getReportForReview({ actor, reportId: id }) }),
    currentLocale(),
  ]);
  if (report.viewer === 'author')
    return (
      <AuthorReport
        report={{ ...formatAuthorView(report, locale), replyToken: randomUUID() }}
        reportId={id}
        action={authorCaseAction}
        maxFiles={ATTACHMENT_LIMITS.maxFiles}
      />
    );
  // An agency works on its referral in its portal.
  if (report.viewer === 'agency') redirect(`/agency/referrals/${report.referralId}`);
  return (
    <ReviewReport
      report={report}
      locale={locale}
      now={new Date()}
      action={transitionAction}
      revealAction={revealIdentityAction}
      assignAction={assignAction}
      referralAction={moveReferralAction}
      dismissAppealAction={dismissAppealAction}
      outcomeActions={{ publish: publishOutcomeAction, unpublish: unpublishOutcomeAction }}
    />
  );
});
