import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { hashPassword } from '@/lib/auth/password';
import { revokeUserSessions } from '@/lib/auth/revoke-sessions';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { setupTokenHash } from './setup-link';

/**
 * Sets an account's password with its one-time setup link (issue #15). In one transaction the link is
 * claimed (a second use, even a simultaneous one, finds it used), the password is set, every session of
 * the account ends, and `account.password_set` is audited (the person is the actor). The person then
 * logs in. Errors: VALIDATION `{ token: ['linkUsed' | 'linkExpired' | 'linkUnknown'] }`.
 */
export async function setPasswordWithLink({ token, password, now = new Date() }: { token: string; password: string; now?: Date }): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const refuse = (key: string) => new AppError('VALIDATION', 'setup link', { fieldErrors: { token: [key] } });
  return db.$transaction(async (tx) => {
    const row = await tx.accountSetupToken.findUnique({
      where: { tokenHash: setupTokenHash(token) },
      select: { id: true, userId: true, expiresAt: true, user: { select: { status: true } } },
    });
    if (!row) throw refuse('linkUnknown');
    if (row.expiresAt <= now) throw refuse('linkExpired');
    const claimed = await tx.accountSetupToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0 || row.user.status !== 'ACTIVE') throw refuse('linkUsed');
    await revokeUserSessions({ userId: row.userId, reason: 'password_changed', tx, now });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await recordAuditEvent(tx, { actorId: row.userId, action: 'account.password_set', objectType: 'user', objectId: row.userId });
    return { userId: row.userId };
  });
}
