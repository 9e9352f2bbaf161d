import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { blindIndex } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { consumeOtp } from '@/lib/members/otp';
import { accountKeyOf } from './identifier';
import { clearLoginFailures } from './login-throttle';
import { hashPassword } from './password';
import { revokeUserSessions } from './revoke-sessions';

export type ResetPasswordOptions = { mobile: string; code: string; password: string; clientKey: string; now?: Date };

/**
 * Sets a new password with the code sent by `requestPasswordReset`. In one transaction: every session of
 * the account ends (a stolen cookie dies with the old password), the password changes, and
 * `auth.password_reset` is audited. A mobile without an active account answers exactly like a wrong code.
 * The person then logs in with the new password; this client's failed-login lock on the account is lifted.
 */
export async function resetPassword({ mobile, code, password, clientKey, now = new Date() }: ResetPasswordOptions): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const user = await db.user.findUnique({ where: { mobileIndex: blindIndex('mobile', mobile) }, select: { id: true, status: true, email: true } });
  const account = user?.status === 'ACTIVE' ? user : null;
  // A decoy challenge (no account) is bound to no user: the code nobody received is checked, and refused.
  await consumeOtp({ target: { channel: 'SMS', mobile }, purpose: 'password_reset', code, userId: account?.id ?? null, now });
  if (!account) throw new AppError('VALIDATION', 'no account', { fieldErrors: { code: ['otpWrong'] } });

  await db.$transaction(async (tx) => {
    await revokeUserSessions({ userId: account.id, reason: 'password_changed', tx, now });
    await tx.user.update({ where: { id: account.id }, data: { passwordHash } });
    await recordAuditEvent(tx, { actorId: account.id, action: 'auth.password_reset', objectType: 'user', objectId: account.id });
  });
  await clearLoginFailures(accountKeyOf(mobile), clientKey);
  if (account.email) await clearLoginFailures(accountKeyOf(account.email), clientKey);
  return { userId: account.id };
}
