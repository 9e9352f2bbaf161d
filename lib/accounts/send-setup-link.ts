import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { issueSetupLink } from './setup-link';
import { loadStaffAccount } from './staff-account-access';

/**
 * Sends a staff account that has not set its password yet a new one-time link (the first expired or was
 * lost); earlier unused links stop working. Not once a password is set (the person uses "forgot
 * password" on /login/reset), not for one's own account, not for a disabled one.
 * Errors: FORBIDDEN, NOT_FOUND, VALIDATION (`link: self | disabled | hasPassword`).
 */
export async function sendSetupLink({ actor, userId, now = new Date() }: { actor: Actor; userId: string; now?: Date }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await loadStaffAccount(tx, { actor, userId, notSelf: 'link' });
    if (user.status !== 'ACTIVE') throw new AppError('VALIDATION', 'disabled', { fieldErrors: { link: ['disabled'] } });
    // Once the person has a password, a link from the administrator would let whoever controls the
    // account's addresses — an administrator who just changed them, say — take it over; a forgotten
    // password is the person's own business (/login/reset).
    if (user.passwordHash !== null) throw new AppError('VALIDATION', 'has a password', { fieldErrors: { link: ['hasPassword'] } });
    await issueSetupLink(tx, { userId: user.id, now });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'account.setup_link_sent', objectType: 'user', objectId: user.id });
  });
}
