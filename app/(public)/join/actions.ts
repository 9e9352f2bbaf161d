'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/actions/define-action';
import { issueSessionCookieForUser } from '@/lib/auth/session-cookie';
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

/**
 * Step 2: the code and a password make the account, which is logged in at once (its session cookie is
 * set here, so this works without JavaScript too) and goes on to the application.
 */
export const createAccountAction = publicAction({ namespace: 'join', input: accountSchema, omit: ['password', 'code'] }, async ({ input }) => {
  const { userId } = await createApplicantAccount(input);
  const cookie = await issueSessionCookieForUser(userId);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect('/application');
});
