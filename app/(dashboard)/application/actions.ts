'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { failure, formValues, type ActionState } from '@/lib/actions/action-state';
import { requireActor } from '@/lib/auth/session';
import { APPLICATION_STEPS, type ApplicationStep } from '@/lib/members/application-input';
import { saveApplicationStep } from '@/lib/members/save-application-step';
import { submitApplication } from '@/lib/members/submit-application';

export type StepState = { emailCodeSent?: boolean };

/** Saves one step of the signed-in applicant's own draft; the schemas live in lib/members/application-input. */
export async function saveStepAction(_previous: ActionState<StepState>, formData: FormData): Promise<ActionState<StepState>> {
  const values = formValues(formData);
  try {
    const actor = await requireActor();
    const step = z.enum(APPLICATION_STEPS).parse(formData.get('step'));
    const raw: Record<string, unknown> = Object.fromEntries(formData);
    raw.interests = formData.getAll('interests');
    const result = await saveApplicationStep(actor, step, raw);
    if ('emailCodeSent' in result) {
      const t = await getTranslations('application');
      return { ok: false, message: t('emailCodeSent'), values: { ...values, emailCode: '' }, data: { emailCodeSent: true } };
    }
  } catch (error) {
    return failure(error, 'application', values);
  }
  // On to the next step (or back to the last, where the application is sent).
  const next = APPLICATION_STEPS[APPLICATION_STEPS.indexOf(values.step as ApplicationStep) + 1] ?? 'declaration';
  revalidatePath('/application');
  redirect(`/application?step=${next}`);
}

export async function submitApplicationAction(): Promise<ActionState> {
  try {
    const actor = await requireActor();
    await submitApplication(actor);
    revalidatePath('/application');
    return { ok: true };
  } catch (error) {
    return failure(error, 'application');
  }
}
