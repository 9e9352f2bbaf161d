import { notFound, redirect } from 'next/navigation';
import { ReviewReport } from '@/components/reports/review-report';
import { getCurrentActor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { getReportForReview } from '@/lib/reports/get-report-for-review';
import { revealIdentityAction, transitionAction } from './actions';

export default async function ReviewReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getCurrentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/reports/${id}`)}`);
  const report = await getReportForReview(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return <ReviewReport report={report} locale={await currentLocale()} now={new Date()} action={transitionAction} revealAction={revealIdentityAction} />;
}
