import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { coreInScope } from './core-access';

/** One core for its managers: members (with who heads it) and the approved members of the province without a core. */
export async function getCoreForManager({ actor, coreId }: { actor: Actor; coreId: string }) {
  const core = await coreInScope({ actor, coreId });
  const db = await getDb();
  const memberSelect = { id: true, firstName: true, lastName: true, membershipCode: true, user: { select: { id: true, roles: true, coreId: true } } } as const;
  const [members, unassigned, otherCores, county] = await Promise.all([
    db.member.findMany({ where: { coreId: core.id, status: 'APPROVED' }, orderBy: { lastName: 'asc' }, select: memberSelect }),
    db.member.findMany({
      where: { provinceId: core.provinceId, status: 'APPROVED', coreId: null },
      orderBy: { lastName: 'asc' },
      take: 100,
      select: memberSelect,
    }),
    db.core.findMany({
      where: { provinceId: core.provinceId, active: true, id: { not: core.id } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    core.countyId ? db.county.findUnique({ where: { id: core.countyId }, select: { name: true, nameEn: true } }) : null,
  ]);
  const isHead = (m: (typeof members)[number]) => m.user.roles.includes('CORE_HEAD') && m.user.coreId === core.id;
  return {
    ...core,
    county,
    members: members.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}`, membershipCode: m.membershipCode, head: isHead(m) })),
    unassigned: unassigned.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}`, membershipCode: m.membershipCode })),
    otherCores,
  };
}

export type CoreForManager = Awaited<ReturnType<typeof getCoreForManager>>;
