'use server';

import { redirect } from 'next/navigation';
import { mobileCodeStepsAction } from '@/lib/actions/mobile-code-steps';
import { requestPasswordReset } from '@/lib/auth/request-password-reset';
import { resetPassword } from '@/lib/auth/reset-password';
import { accountSchema } from '@/lib/members/application-input';
import { otpAvailability } from '@/lib/members/otp';
import { kickDelivery } from '@/lib/notify/kick';

/**
 * "Forgot password" in one action: a code to the mobile (the same answer whether or not it has an
 * account), a new code or another number, then the code and a new password; on to /login, where the
 * person logs in with it (every session of the account has ended).
 */
export const passwordResetAction = mobileCodeStepsAction({
  namespace: 'passwordReset',
  omit: ['password', 'code'],
  send: async ({ mobile, rateKey }) => {
    const sent = await requestPasswordReset({ mobile, rateKey });
    kickDelivery();
    return sent;
  },
  availability: ({ mobile, rateKey }) => otpAvailability({ target: { channel: 'SMS', mobile }, purpose: 'password_reset', rateKey }),
  finishInput: accountSchema,
  finish: async ({ input, rateKey }) => {
    await resetPassword({ ...input, clientKey: rateKey });
    redirect('/login?reset=done');
  },
});
