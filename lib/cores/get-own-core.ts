import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';

/** A member's own core and its head, for their dashboard. */
export async function getOwnCore({ actor }: { actor: Actor }) {
  const db = await getDb();
  const member = await db.member.findUnique({
    where: { userId: actor.id },
    select: { core: { select: { id: true, name: true, area: true, users: { where: { roles: { has: 'CORE_HEAD' } }, select: { name: true } } } } },
  });
  const core = member?.core;
  return core ? { name: core.name, area: core.area, head: core.users[0]?.name ?? null } : null;
}
