'use server';

import { headers } from 'next/headers';
import type { ActionState } from '@/lib/actions/action-state';
import { clientKey } from '@/lib/crypto/client-key';
import { submitReportForm, type SubmittedState } from '@/lib/reports/submit-report-form';

/** The public form: no account. The client address is used only as a rotating keyed hash for the rate limit. */
export async function submitPublicReport(_previous: ActionState<SubmittedState>, formData: FormData): Promise<ActionState<SubmittedState>> {
  return submitReportForm(formData, { actor: null, rateKey: clientKey(await headers()) });
}
