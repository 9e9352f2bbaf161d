'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { failure, formValues, type ActionState } from '@/lib/actions/action-state';
import { requireActor } from '@/lib/auth/session';
import { revealIdentity, type RevealedIdentity } from '@/lib/reports/reveal-identity';
import { transitionReport } from '@/lib/workflow/transition-report';
import { WORKFLOW_ACTIONS } from '@/lib/workflow/transitions';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

const transitionSchema = z.object({
  reportId: z.uuid(),
  action: z.enum(WORKFLOW_ACTIONS),
  version: z.coerce.number().int().positive(),
  publicNote: z.preprocess(blank, z.string().trim().max(2000, 'noteLong').optional()),
  internalNote: z.preprocess(blank, z.string().trim().max(2000, 'noteLong').optional()),
  agencyId: z.preprocess(blank, z.uuid('agencyRequired').optional()),
  resolution: z.preprocess(blank, z.enum(['RESOLVED', 'UNRESOLVED'], { error: 'resolutionRequired' }).optional()),
});

/** A reviewer's decision. Authorization and the workflow rules are checked in lib/workflow, not here. */
export async function transitionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const parsed = transitionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(parsed.error, 'review', values);
  try {
    const actor = await requireActor();
    await transitionReport({ actor, ...parsed.data });
    revalidatePath(`/reports/${parsed.data.reportId}`);
    return { ok: true, message: (await getTranslations('review'))('done') };
  } catch (error) {
    return failure(error, 'review', values);
  }
}

/** A reviewer asks who sent the report; lib/reports/reveal-identity checks scope and audits the reveal. */
export async function revealIdentityAction(_previous: ActionState<RevealedIdentity>, formData: FormData): Promise<ActionState<RevealedIdentity>> {
  const parsed = z.object({ reportId: z.uuid() }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(parsed.error, 'review');
  try {
    const actor = await requireActor();
    return { ok: true, data: await revealIdentity(actor, parsed.data.reportId) };
  } catch (error) {
    return failure(error, 'review');
  }
}
