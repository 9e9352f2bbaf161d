import 'server-only';
import { z } from 'zod';
import { can, type Actor } from '@/lib/authz';
import { decryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { staffAccountWhere } from './staff-account-access';
import { isStaffRole } from './staff-roles';

/**
 * One staff account for the administrator's edit page: its contact details (the mobile in full, to be
 * corrected), roles split into the staff ones the form edits and the volunteer ones it keeps, scope,
 * status, whether a password is set and until when the latest setup link works. Never the password
 * hash. Errors: FORBIDDEN (not an administrator), NOT_FOUND (no such staff account).
 */
export async function getStaffAccount({ actor, userId, now = new Date() }: { actor: Actor; userId: string; now?: Date }) {
  if (!can(actor, 'account:manage')) throw new AppError('FORBIDDEN');
  if (!z.uuid().safeParse(userId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { id: userId, ...staffAccountWhere },
    select: {
      id: true,
      name: true,
      email: true,
      mobileEnc: true,
      roles: true,
      provinceId: true,
      agencyId: true,
      status: true,
      locale: true,
      passwordHash: true,
      lastLoginAt: true,
      createdAt: true,
      setupTokens: { where: { usedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: 'desc' }, take: 1, select: { expiresAt: true } },
    },
  });
  if (!user) throw new AppError('NOT_FOUND');
  const { mobileEnc, passwordHash, setupTokens, roles, ...rest } = user;
  return {
    ...rest,
    mobile: mobileEnc ? decryptField('mobile', mobileEnc) : null,
    staffRoles: roles.filter(isStaffRole),
    keptRoles: roles.filter((r) => !isStaffRole(r)),
    hasPassword: passwordHash !== null,
    linkExpiresAt: setupTokens[0]?.expiresAt ?? null,
    self: user.id === actor.id,
  };
}
