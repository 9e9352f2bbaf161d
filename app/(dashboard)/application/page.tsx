import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ApplicationView } from '@/components/members/application-view';
import { getCurrentActor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { APPLICATION_STEPS, type ApplicationStep } from '@/lib/members/application-input';
import { getOwnApplication } from '@/lib/members/get-own-application';
import { reportFormOptions } from '@/lib/reports/form-options';
import { MessagePage } from '@/components/ui/message-page';
import { saveStepAction, submitApplicationAction } from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('application');

export default async function ApplicationPage({ searchParams }: { searchParams: Promise<{ step?: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) redirect('/login?next=/application');
  const application = await getOwnApplication({ actor }).catch((error: unknown) =>
    isAppError(error) && error.code === 'NOT_FOUND' ? null : Promise.reject(error),
  );
  if (!application) {
    const t = await getTranslations('application');
    return <MessagePage title={t('noneTitle')} body={t('noneBody')} />;
  }
  const { step } = await searchParams;
  const firstMissing = APPLICATION_STEPS.find((s) => !application.completed.includes(s)) ?? 'declaration';
  const current: ApplicationStep = (APPLICATION_STEPS as readonly string[]).includes(step ?? '') ? (step as ApplicationStep) : firstMissing;
  const options = await reportFormOptions({ purpose: 'create' });
  return (
    <ApplicationView
      application={application}
      step={current}
      locale={await currentLocale()}
      provinces={options.provinces}
      interests={options.categories}
      saveStep={saveStepAction}
      submit={submitApplicationAction}
    />
  );
}
