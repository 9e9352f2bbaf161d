'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { revealApplicantIdentity } from '@/lib/vetting/reveal-applicant-identity';
import { vetApplication } from '@/lib/vetting/vet-application';

const vetSchema = z.object({
  memberId: z.uuid(),
  action: z.enum(['startReview', 'requestCorrection', 'confirmDetails', 'verifyIdentity', 'runInquiries', 'approve', 'reject']),
  version: z.coerce.number().int().positive(),
  note: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(1000, 'noteLong').optional()),
  confirmed: z.preprocess((v) => v === 'on', z.boolean()),
});

/** One vetting move; lib/vetting checks the pipeline and the vetter's scope. */
export const vetAction = authedAction('member:vet', { namespace: 'vetting', input: vetSchema }, async ({ actor, input }) => {
  await vetApplication({ actor, ...input });
  revalidatePath(`/applications/${input.memberId}`);
});

/** The full national code and mobile, audited. */
export const revealApplicantAction = authedAction('member:vet', { namespace: 'vetting', input: z.object({ memberId: z.uuid() }) }, ({ actor, input }) =>
  revealApplicantIdentity({ actor, memberId: input.memberId }),
);
