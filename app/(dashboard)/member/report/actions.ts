'use server';

import { getCurrentActor } from '@/lib/auth/session';
import type { ActionState } from '@/lib/actions/action-state';
import { can } from '@/lib/authz';
import { submitReportForm, type SubmittedState } from '@/lib/reports/submit-report-form';
import { getTranslations } from 'next-intl/server';

/** A member's report: tied to their core, rate-limited per account. */
export async function submitMemberReport(_previous: ActionState<SubmittedState>, formData: FormData): Promise<ActionState<SubmittedState>> {
  const actor = await getCurrentActor();
  if (!can(actor, 'report:submit-as-member')) return { ok: false, message: (await getTranslations('errors'))('FORBIDDEN') };
  return submitReportForm(formData, { actor, rateKey: `member:${actor!.id}` });
}
