import 'server-only';
import { z } from 'zod';
import { can, rolesAllowed, scopeWhere, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The applications this vetter may see: the application scope of the roles that hold `member:vet` (lib/authz/scope.ts). */
export function applicationScope(actor: Actor): Prisma.MemberWhereInput {
  return scopeWhere(actor, 'application', rolesAllowed('member:vet'));
}

/** One application in this vetter's scope (never their own), with what vetting needs, or NOT_FOUND. */
export async function loadInScope({ actor, memberId }: { actor: Actor; memberId: string }) {
  if (!z.uuid().safeParse(memberId).success || !can(actor, 'member:vet')) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const member = await db.member.findFirst({
    where: { AND: [{ id: memberId }, applicationScope(actor)] },
    omit: { nationalCodeIndex: true },
    include: {
      user: { select: { id: true, mobileEnc: true, email: true } },
      province: { select: { name: true, nameEn: true } },
      county: { select: { name: true, nameEn: true } },
      checks: { orderBy: { createdAt: 'asc' } },
    },
  });
  if (!member || member.userId === actor.id) throw new AppError('NOT_FOUND');
  return member;
}
