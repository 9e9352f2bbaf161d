import 'server-only';
import { z } from 'zod';
import { can, rolesAllowed, scopeWhere, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

// Cores (هسته‌ها): provincial staff create them, appoint a head from approved members, and assign and
// move members. Scope: a provincial secretariat manages its own province; the national office all.

/** The cores this manager may manage: the core scope of the roles that hold `core:manage` (lib/authz/scope.ts). */
export function managedCores(actor: Actor): Prisma.CoreWhereInput {
  return scopeWhere(actor, 'core', rolesAllowed('core:manage'));
}

export function requireManager(actor: Actor) {
  if (!can(actor, 'core:manage')) throw new AppError('FORBIDDEN');
}

/** An active core this manager may manage, or NOT_FOUND. */
export async function coreInScope({ actor, coreId }: { actor: Actor; coreId: string }) {
  requireManager(actor);
  if (!z.uuid().safeParse(coreId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const core = await db.core.findFirst({ where: { AND: [{ id: coreId, active: true }, managedCores(actor)] } });
  if (!core) throw new AppError('NOT_FOUND');
  return core;
}
