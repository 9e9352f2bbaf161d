'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { mobileCodeStepsAction } from '@/lib/actions/mobile-code-steps';
import { issueSessionCookieForUser } from '@/lib/auth/session-cookie';
import { createApplicantAccount } from '@/lib/members/applicant-account';
import { accountSchema } from '@/lib/members/application-input';
import { otpAvailability, requestOtp } from '@/lib/members/otp';
import { kickDelivery } from '@/lib/notify/kick';

const sms = (mobile: string) => ({ channel: 'SMS' as const, mobile });

/**
 * /join in one action: a code to the mobile (limited per client and per mobile), a new code or another
 * number, then the code and a password make the account, which is logged in at once (its session cookie
 * is set here, so this works without JavaScript too) and goes on to the application.
 */
export const joinAction = mobileCodeStepsAction({
  namespace: 'join',
  omit: ['password', 'code'],
  send: async ({ mobile, rateKey }) => {
    const sent = await requestOtp({ target: sms(mobile), purpose: 'register', rateKey });
    kickDelivery();
    return sent;
  },
  availability: ({ mobile, rateKey }) => otpAvailability({ target: sms(mobile), purpose: 'register', rateKey }),
  finishInput: accountSchema,
  finish: async ({ input }) => {
    const { userId } = await createApplicantAccount(input);
    const cookie = await issueSessionCookieForUser(userId);
    (await cookies()).set(cookie.name, cookie.value, cookie.options);
    redirect('/application');
  },
});
