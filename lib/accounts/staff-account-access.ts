import 'server-only';
import { z } from 'zod';
import { can, type Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { STAFF_ROLES } from './staff-roles';

/** The accounts /admin/accounts manages: those holding a staff role. Volunteers' accounts are not here (NOT_FOUND). */
export const staffAccountWhere = { roles: { hasSome: [...STAFF_ROLES] } } satisfies Prisma.UserWhereInput;

/**
 * Loads a staff account for an administrator's change, inside the transaction, row-locked so two
 * administrators' changes apply one after the other. Errors: FORBIDDEN (not an administrator), NOT_FOUND
 * (no such staff account, or a malformed id), FORBIDDEN with a field error when it is the actor's own
 * account and `notSelf` (an administrator does not change their own roles or status: another does).
 */
export async function loadStaffAccount(tx: Prisma.TransactionClient, { actor, userId, notSelf }: { actor: Actor; userId: string; notSelf?: string }) {
  if (!can(actor, 'account:manage')) throw new AppError('FORBIDDEN');
  if (!z.uuid().safeParse(userId).success) throw new AppError('NOT_FOUND');
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  const user = await tx.user.findFirst({
    where: { id: userId, ...staffAccountWhere },
    select: {
      id: true,
      name: true,
      email: true,
      mobileEnc: true,
      mobileIndex: true,
      roles: true,
      provinceId: true,
      agencyId: true,
      status: true,
      locale: true,
      passwordHash: true,
    },
  });
  if (!user) throw new AppError('NOT_FOUND');
  if (notSelf && user.id === actor.id) throw new AppError('VALIDATION', 'own account', { fieldErrors: { [notSelf]: ['self'] } });
  return user;
}
