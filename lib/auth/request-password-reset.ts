import 'server-only';
import { blindIndex } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { requestOtp, type OtpAvailability } from '@/lib/members/otp';

/**
 * "Forgot password": a one-time code by SMS to the mobile of an active account, staff included. The answer
 * never says whether the mobile has an account: for a mobile with none (or a disabled one) a decoy
 * challenge is recorded and nothing is sent, so the same limits apply, the same "code sent" comes back,
 * and every code typed later is wrong.
 */
export async function requestPasswordReset({ mobile, rateKey, now }: { mobile: string; rateKey: string; now?: Date }): Promise<OtpAvailability> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { mobileIndex: blindIndex('mobile', mobile) }, select: { id: true, status: true } });
  const account = user?.status === 'ACTIVE' ? user : null;
  const { codesLeft, nextCodeAt } = await requestOtp({
    target: { channel: 'SMS', mobile },
    purpose: 'password_reset',
    rateKey,
    userId: account?.id ?? null,
    decoy: account ? undefined : {},
    now,
  });
  return { codesLeft, nextCodeAt };
}
