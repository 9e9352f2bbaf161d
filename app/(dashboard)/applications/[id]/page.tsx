import { notFound, redirect } from 'next/navigation';
import { VettingView } from '@/components/vetting/vetting-view';
import { getCurrentActor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { getApplicationForVetting } from '@/lib/vetting/vet-application';
import { revealApplicantAction, vetAction } from './actions';

export default async function ApplicationVettingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getCurrentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/applications/${id}`)}`);
  const application = await getApplicationForVetting(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return <VettingView application={application} locale={await currentLocale()} vet={vetAction} reveal={revealApplicantAction} />;
}
