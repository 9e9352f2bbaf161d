import { VettingView } from '@/components/vetting/vetting-view';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { getApplicationForVetting } from '@/lib/vetting/get-application-for-vetting';
import { revealApplicantAction, vetAction } from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('vetting', 'pageTitle');
import { withFallbackPages } from '@/app/fallback-pages';

export default withFallbackPages(async function ApplicationVettingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: application } = await loadPage({ returnTo: `/applications/${id}`, load: (actor) => getApplicationForVetting({ actor, memberId: id }) });
  return <VettingView application={application} locale={await currentLocale()} vet={vetAction} reveal={revealApplicantAction} />;
});
