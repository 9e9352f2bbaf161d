'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failure, formValues, type ActionState } from '@/lib/actions/action-state';
import { requireActor } from '@/lib/auth/session';
import { revealApplicantIdentity, vetApplication } from '@/lib/vetting/vet-application';

const vetSchema = z.object({
  memberId: z.uuid(),
  action: z.enum(['startReview', 'requestCorrection', 'confirmDetails', 'verifyIdentity', 'runInquiries', 'approve', 'reject']),
  version: z.coerce.number().int().positive(),
  note: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(1000, 'noteLong').optional()),
});

/** One vetting move; lib/vetting checks the pipeline and the vetter's scope. */
export async function vetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const parsed = vetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(parsed.error, 'vetting', values);
  try {
    const actor = await requireActor();
    await vetApplication({ actor, ...parsed.data });
    revalidatePath(`/applications/${parsed.data.memberId}`);
    return { ok: true };
  } catch (error) {
    return failure(error, 'vetting', values);
  }
}

export async function revealApplicantAction(_previous: ActionState<{ nationalCode: string | null; mobile: string | null }>, formData: FormData) {
  try {
    const actor = await requireActor();
    return { ok: true, data: await revealApplicantIdentity(actor, z.uuid().parse(formData.get('memberId'))) };
  } catch (error) {
    return failure(error, 'vetting');
  }
}
