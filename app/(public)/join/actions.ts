'use server';

import { headers } from 'next/headers';
import { failure, formValues, type ActionState } from '@/lib/actions/action-state';
import { clientKey } from '@/lib/crypto/client-key';
import { createApplicantAccount } from '@/lib/members/applicant-account';
import { accountSchema, otpRequestSchema } from '@/lib/members/application-input';
import { requestOtp } from '@/lib/members/otp';
import { kickDelivery } from '@/lib/notify/kick';

/** Step 1: a code to the mobile. Limited per client (keyed hash of the address) and per mobile. */
export async function requestOtpAction(_previous: ActionState<{ mobile: string }>, formData: FormData): Promise<ActionState<{ mobile: string }>> {
  const values = formValues(formData);
  const parsed = otpRequestSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(parsed.error, 'join', values);
  try {
    await requestOtp({ target: { channel: 'SMS', mobile: parsed.data.mobile }, purpose: 'register', rateKey: clientKey(await headers()) });
    kickDelivery();
    return { ok: true, data: { mobile: parsed.data.mobile }, values };
  } catch (error) {
    return failure(error, 'join', values);
  }
}

/** Step 2: the code and a password make the account; the browser then signs in with them. */
export async function createAccountAction(_previous: ActionState<{ mobile: string }>, formData: FormData): Promise<ActionState<{ mobile: string }>> {
  const values = formValues(formData, ['password']);
  const parsed = accountSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(parsed.error, 'join', values);
  try {
    await createApplicantAccount(parsed.data);
    return { ok: true, data: { mobile: parsed.data.mobile }, values };
  } catch (error) {
    return failure(error, 'join', values);
  }
}
