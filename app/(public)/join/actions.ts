'use server';

import { publicAction } from '@/lib/actions/define-action';
import { createApplicantAccount } from '@/lib/members/applicant-account';
import { accountSchema, otpRequestSchema } from '@/lib/members/application-input';
import { requestOtp } from '@/lib/members/otp';
import { kickDelivery } from '@/lib/notify/kick';

/** Step 1: a code to the mobile. Limited per client (keyed hash of the address) and per mobile. */
export const requestOtpAction = publicAction({ namespace: 'join', input: otpRequestSchema }, async ({ input, rateKey }) => {
  await requestOtp({ target: { channel: 'SMS', mobile: input.mobile }, purpose: 'register', rateKey });
  kickDelivery();
  return { mobile: input.mobile };
});

/** Step 2: the code and a password make the account; the browser then signs in with them. */
export const createAccountAction = publicAction({ namespace: 'join', input: accountSchema, omit: ['password'] }, async ({ input }) => {
  await createApplicantAccount(input);
  return { mobile: input.mobile };
});
