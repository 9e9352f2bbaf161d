'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { APPLICATION_STEPS } from '@/lib/members/application-input';
import { saveApplicationStep } from '@/lib/members/save-application-step';
import { submitApplication } from '@/lib/members/submit-application';

export type StepState = { emailCodeSent?: boolean };

/** Which step the form saves; the step's own fields are checked by its schema in lib/members/application-input. */
const stepInput = (formData: FormData) =>
  z
    .object({ step: z.enum(APPLICATION_STEPS) })
    .transform(({ step }) => ({ step, fields: { ...Object.fromEntries(formData), interests: formData.getAll('interests') } as Record<string, unknown> }))
    .safeParse({ step: formData.get('step') });

/**
 * Saves one step of the signed-in applicant's own draft, then goes on to the next step (or back to the
 * last, where the application is sent). When an e-mail address needs its code first, the form stays and
 * says so (`emailCodeSent`); the code itself is never sent back to refill the form.
 */
export const saveStepAction = authedAction(null, { namespace: 'application', input: stepInput, omit: ['emailCode'] }, async ({ actor, input }) => {
  const result = await saveApplicationStep({ actor, step: input.step, fields: input.fields });
  if ('emailCodeSent' in result) return { emailCodeSent: true } as StepState;
  const next = APPLICATION_STEPS[APPLICATION_STEPS.indexOf(input.step) + 1] ?? 'declaration';
  revalidatePath('/application');
  redirect(`/application?step=${next}`);
});

/** Sends the completed application to the province. */
export const submitApplicationAction = authedAction(null, { namespace: 'application', input: z.object({}) }, async ({ actor }) => {
  await submitApplication({ actor });
  revalidatePath('/application');
});
