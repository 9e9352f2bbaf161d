import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { revokeUserSessions } from '@/lib/auth/revoke-sessions';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { loadStaffAccount } from './staff-account-access';

/**
 * Disables or re-enables a staff account (issue #15). Disabling, in one transaction: the status, the
 * end of every live session (the cookie dies at its next request), unused setup links made void, and
 * `account.disabled`; re-enabling writes `account.enabled`. Setting the status it already has changes
 * nothing. An administrator does not disable themselves. Errors: FORBIDDEN, NOT_FOUND (not a staff
 * account), VALIDATION (`status: self`).
 */
export async function setAccountStatus({
  actor,
  userId,
  status,
  now = new Date(),
}: {
  actor: Actor;
  userId: string;
  status: 'ACTIVE' | 'DISABLED';
  now?: Date;
}) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await loadStaffAccount(tx, { actor, userId, notSelf: 'status' });
    if (user.status === status) return;
    await tx.user.update({ where: { id: user.id }, data: { status } });
    if (status === 'DISABLED') {
      await tx.accountSetupToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
      await revokeUserSessions({ userId: user.id, reason: 'disabled', actorId: actor.id, tx, now });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: status === 'DISABLED' ? 'account.disabled' : 'account.enabled',
      objectType: 'user',
      objectId: user.id,
    });
  });
}
