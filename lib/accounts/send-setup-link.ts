import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { issueSetupLink } from './setup-link';
import { loadStaffAccount } from './staff-account-access';

/**
 * Sends a staff account a new one-time link to set its password (the first one expired, or the person
 * lost theirs); earlier unused links stop working. The current password, if any, works until the link
 * is used. Not for one's own account (the "forgot password" page is) nor a disabled one.
 * Errors: FORBIDDEN, NOT_FOUND, VALIDATION (`link: self | disabled`).
 */
export async function sendSetupLink({ actor, userId, now = new Date() }: { actor: Actor; userId: string; now?: Date }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await loadStaffAccount(tx, { actor, userId, notSelf: 'link' });
    if (user.status !== 'ACTIVE') throw new AppError('VALIDATION', 'disabled', { fieldErrors: { link: ['disabled'] } });
    await issueSetupLink(tx, { userId: user.id, now });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'account.setup_link_sent', objectType: 'user', objectId: user.id });
  });
}
