import 'server-only';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { blindIndex } from '@/lib/crypto/personal-data';
import { deriveKey } from '@/lib/crypto/keys';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { enqueueNotification } from '@/lib/notify/outbox';
import { consumeLimit, peekLimit } from '@/lib/rate-limit/public-limits';

export const OTP_TTL_MINUTES = 5;
export const OTP_MAX_ATTEMPTS = 5;
/** Per mobile: at most this many codes in OTP_WINDOW_MINUTES, whatever the client. */
export const OTP_PER_MOBILE = 3;
export const OTP_WINDOW_MINUTES = 15;

/**
 * `register`: a mobile opening an account (/join). `email`: an account binding an e-mail address it proved
 * it reads. `password_reset`: a mobile proving it may set a new password for its account (/login/reset).
 * `status_mobile`: a mobile a reporter gave for status messages, confirmed on /track (its own neutral text).
 */
export type OtpPurpose = 'register' | 'email' | 'password_reset' | 'status_mobile';

/** What the person may do next: how many more codes the limits allow now, and, when none, from when. */
export type OtpAvailability = { codesLeft: number; nextCodeAt: Date | null };

/** Where a code goes: a normalized mobile by SMS, or a lower-cased e-mail address by e-mail. */
export type OtpTarget = { channel: 'SMS'; mobile: string } | { channel: 'EMAIL'; email: string };

const addressIndexOf = (target: OtpTarget) => (target.channel === 'SMS' ? blindIndex('mobile', target.mobile) : blindIndex('email', target.email));

const hashCode = (challengeId: string, code: string) => createHmac('sha256', deriveKey('otp')).update(`${challengeId}:${code}`).digest();

/**
 * Sends a 6-digit code through the notifier's outbox. Only a keyed hash of the code is stored, bound to
 * its challenge (and, for `email`, to the account that asked). Limited per client (rate key) and per
 * address (OTP_PER_MOBILE in OTP_WINDOW_MINUTES).
 *
 * `decoy`: the address must not learn a code, but the caller must look exactly as if one was sent
 * (an e-mail address another account holds, a mobile with no account asking for a password reset): a
 * challenge is recorded with a code nobody receives, so every later answer is "wrong code", and the
 * address gets the `notice` template instead, or nothing. The availability answered is the same either way.
 */
export async function requestOtp({
  target,
  purpose,
  rateKey,
  userId = null,
  decoy,
  now = new Date(),
}: {
  target: OtpTarget;
  purpose: OtpPurpose;
  rateKey: string;
  userId?: string | null;
  decoy?: { notice?: 'email.taken' };
  now?: Date;
}): Promise<{ expiresInMinutes: number } & OtpAvailability> {
  await consumeLimit('otp', rateKey);
  const addressIndex = addressIndexOf(target);
  const db = await getDb();
  const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
  await db.$transaction(async (tx) => {
    // One request per address at a time, so parallel requests cannot slip past the per-address count.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`otp:${addressIndex}`}))`;
    const windowStart = new Date(now.getTime() - OTP_WINDOW_MINUTES * 60_000);
    const recent = await tx.otpChallenge.findMany({
      where: { addressIndex, purpose, createdAt: { gt: windowStart } },
      orderBy: { createdAt: 'desc' },
      take: OTP_PER_MOBILE,
      select: { createdAt: true },
    });
    if (recent.length >= OTP_PER_MOBILE) {
      // The window frees a place when the oldest of the last OTP_PER_MOBILE codes leaves it.
      const freesAt = recent[recent.length - 1]!.createdAt.getTime() + OTP_WINDOW_MINUTES * 60_000;
      throw new AppError('RATE_LIMITED', 'too many codes for this address', { retryAfterSeconds: Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)) });
    }
    const id = uuidv7();
    await tx.otpChallenge.create({
      data: {
        id,
        addressIndex,
        userId,
        purpose,
        codeHash: hashCode(id, code).toString('base64url'),
        expiresAt: new Date(now.getTime() + OTP_TTL_MINUTES * 60_000),
        createdAt: now,
      },
    });
    const to = target.channel === 'SMS' ? { channel: 'SMS' as const, address: target.mobile } : { channel: 'EMAIL' as const, address: target.email };
    if (decoy) {
      if (decoy.notice) await enqueueNotification(tx, to, decoy.notice, {}, `otp:${id}`);
    } else {
      const template = purpose === 'password_reset' ? 'password.reset' : purpose === 'status_mobile' ? 'statusMobile.code' : 'otp';
      await enqueueNotification(tx, to, template, { code, minutes: OTP_TTL_MINUTES }, `otp:${id}`);
    }
  });
  return { expiresInMinutes: OTP_TTL_MINUTES, ...(await otpAvailability({ target, purpose, rateKey, now })) };
}

/**
 * How many more codes this client may ask for this address now (the smaller of the two limits: per
 * client, per address), and when the next one is allowed once none is left. Reads only: nothing is
 * counted, so a page may show it after every answer.
 */
export async function otpAvailability({
  target,
  purpose,
  rateKey,
  now = new Date(),
}: {
  target: OtpTarget;
  purpose: OtpPurpose;
  rateKey: string;
  now?: Date;
}): Promise<OtpAvailability> {
  const db = await getDb();
  const recent = await db.otpChallenge.findMany({
    where: { addressIndex: addressIndexOf(target), purpose, createdAt: { gt: new Date(now.getTime() - OTP_WINDOW_MINUTES * 60_000) } },
    orderBy: { createdAt: 'desc' },
    take: OTP_PER_MOBILE,
    select: { createdAt: true },
  });
  const client = await peekLimit('otp', rateKey);
  const forAddress = OTP_PER_MOBILE - recent.length;
  const codesLeft = Math.max(0, Math.min(forAddress, client.remaining));
  if (codesLeft > 0) return { codesLeft, nextCodeAt: null };
  const waits = [
    forAddress <= 0 ? recent[recent.length - 1]!.createdAt.getTime() + OTP_WINDOW_MINUTES * 60_000 : 0,
    client.remaining <= 0 ? now.getTime() + client.msBeforeNext : 0,
  ];
  return { codesLeft, nextCodeAt: new Date(Math.max(...waits)) };
}

/**
 * Checks a code against the newest challenge for this mobile and consumes it (once: a second use of the
 * same code fails). Field errors name what went wrong: wrong, expired, or locked after OTP_MAX_ATTEMPTS
 * wrong tries (a new code can be asked for once the per-mobile window allows). Validate everything
 * else first: a consumed code is spent even if what follows fails.
 */
export async function consumeOtp({
  target,
  purpose,
  code,
  userId = null,
  now = new Date(),
}: {
  target: OtpTarget;
  purpose: OtpPurpose;
  code: string;
  userId?: string | null;
  now?: Date;
}) {
  const db = await getDb();
  const challenge = await db.otpChallenge.findFirst({
    where: { addressIndex: addressIndexOf(target), purpose, userId, consumedAt: null },
    orderBy: { createdAt: 'desc' },
  });
  const fail = (key: string) => new AppError('VALIDATION', key, { fieldErrors: { code: [key] } });
  if (!challenge) throw fail('otpMissing');
  if (challenge.expiresAt < now) throw fail('otpExpired');
  // Every try is counted before the comparison, atomically: parallel guesses cannot outrun the lock.
  const claimed = await db.otpChallenge.updateMany({
    where: { id: challenge.id, consumedAt: null, attempts: { lt: OTP_MAX_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) throw fail('otpLocked');
  const expected = Buffer.from(challenge.codeHash, 'base64url');
  const given = hashCode(challenge.id, code);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw fail(challenge.attempts + 1 >= OTP_MAX_ATTEMPTS ? 'otpLocked' : 'otpWrong');
  }
  // Conditional, so two requests racing with the same right code consume it once.
  const { count } = await db.otpChallenge.updateMany({ where: { id: challenge.id, consumedAt: null }, data: { consumedAt: now } });
  if (count !== 1) throw fail('otpMissing');
}
