import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';

/** The members of the core an actor heads, for the core head's dashboard. */
export async function listOwnCoreMembers({ actor }: { actor: Actor }) {
  if (!actor.roles.includes('CORE_HEAD') || !actor.coreId) return [];
  const db = await getDb();
  const members = await db.member.findMany({
    where: { coreId: actor.coreId, status: 'APPROVED' },
    orderBy: { lastName: 'asc' },
    select: { id: true, firstName: true, lastName: true, membershipCode: true },
  });
  return members.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}`, membershipCode: m.membershipCode }));
}
