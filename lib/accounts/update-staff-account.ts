import 'server-only';
import type { AccountAccess } from '@/lib/audit/events';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { revokeUserSessions } from '@/lib/auth/revoke-sessions';
import type { Actor } from '@/lib/authz';
import { blindIndex, decryptField, mobileColumns } from '@/lib/crypto/personal-data';
import { enqueueNotification } from '@/lib/notify/outbox';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { AccountInput } from './account-input';
import { auditContactTaken, checkAccess, checkContactFree, takenContact } from './insert-account';
import { loadStaffAccount } from './staff-account-access';
import { isStaffRole, scopeProblems, type StaffRole } from './staff-roles';

const sameAccess = (a: AccountAccess, b: AccountAccess) =>
  a.provinceId === b.provinceId && a.agencyId === b.agencyId && a.roles.length === b.roles.length && a.roles.every((r) => b.roles.includes(r));

/**
 * An administrator changes a staff account: name, mobile, e-mail, language, staff roles and scope
 * (issue #15). Volunteers' roles the account also holds (MEMBER, CORE_HEAD) are kept as they are, and
 * such a person keeps their own province. In one transaction: the change, `account.updated` with the
 * roles and scope before and after (and which personal fields changed, not their values), and, when
 * roles or scope changed, the end of every session of the account (they log in again with the new
 * reach). An administrator does not change their own roles or scope (another administrator does), so
 * the last administrator can never remove themselves. A changed mobile is no longer counted as verified,
 * and a changed mobile or e-mail is announced at the old address (`account.contactChanged`).
 * Errors: FORBIDDEN, NOT_FOUND (not a staff account), VALIDATION (field errors).
 */
export async function updateStaffAccount({ actor, userId, input }: { actor: Actor; userId: string; input: AccountInput }): Promise<void> {
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      const user = await loadStaffAccount(tx, { actor, userId });
      const kept = user.roles.filter((r) => !isStaffRole(r));
      const staffRoles = [...new Set(input.roles)] as StaffRole[];
      const before: AccountAccess = { roles: [...user.roles], provinceId: user.provinceId, agencyId: user.agencyId };
      const after: AccountAccess = { roles: [...kept, ...staffRoles], provinceId: input.provinceId ?? null, agencyId: input.agencyId ?? null };
      const accessChanged = !sameAccess(before, after);
      if (accessChanged && user.id === actor.id) throw new AppError('VALIDATION', 'own roles', { fieldErrors: { roles: ['self'] } });
      await checkAccess(
        tx,
        scopeProblems({ roles: staffRoles, scope: after, kept, memberProvinceId: kept.length ? user.provinceId : null }),
        after.agencyId === user.agencyId ? null : after.agencyId,
      );
      const mobileIndex = input.mobile ? blindIndex('mobile', input.mobile) : null;
      const changed = (
        [
          ['name', input.name !== user.name],
          ['mobile', mobileIndex !== user.mobileIndex],
          ['email', (input.email ?? null) !== user.email],
          ['locale', input.locale !== user.locale],
        ] as const
      )
        .filter(([, differs]) => differs)
        .map(([field]) => field);
      if (!accessChanged && changed.length === 0) return;
      await checkContactFree(tx, {
        mobile: changed.includes('mobile') ? input.mobile : undefined,
        email: changed.includes('email') ? input.email : undefined,
        exceptId: user.id,
      });
      await tx.user.update({
        where: { id: user.id },
        data: {
          name: input.name,
          email: input.email ?? null,
          locale: input.locale,
          ...(changed.includes('mobile')
            ? { ...(input.mobile ? mobileColumns(input.mobile) : { mobileEnc: null, mobileIndex: null }), mobileVerifiedAt: null }
            : {}),
          roles: after.roles,
          provinceId: after.provinceId,
          agencyId: after.agencyId,
        },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'account.updated',
        objectType: 'user',
        objectId: user.id,
        meta: { before, after, changed: [...changed] },
      });
      // The person hears of a changed address at the old one: a takeover through a new address does not go unseen.
      const now = Date.now();
      if (changed.includes('mobile') && user.mobileEnc)
        await enqueueNotification(
          tx,
          { channel: 'SMS', address: decryptField('mobile', user.mobileEnc) },
          'account.contactChanged',
          { field: 'mobile' },
          `contact:${user.id}:mobile:${now}`,
        );
      if (changed.includes('email') && user.email)
        await enqueueNotification(
          tx,
          { channel: 'EMAIL', address: user.email },
          'account.contactChanged',
          { field: 'email' },
          `contact:${user.id}:email:${now}`,
        );
      if (accessChanged) await revokeUserSessions({ userId: user.id, reason: 'roles_changed', actorId: actor.id, tx });
    });
  } catch (error) {
    await auditContactTaken(error, { actorId: actor.id, userId });
    throw takenContact(error) ?? error;
  }
}
