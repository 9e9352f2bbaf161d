import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { managedCores, requireManager } from './core-access';
import type { CoreListFilters } from './core-input';

/** The cores in the manager's scope, with their head and size; searchable by name or area, filterable by county. */
export async function listCores({ actor, filters = {} }: { actor: Actor; filters?: CoreListFilters }) {
  requireManager(actor);
  const db = await getDb();
  const cores = await db.core.findMany({
    where: {
      AND: [
        managedCores(actor),
        filters.countyId ? { countyId: filters.countyId } : {},
        filters.q ? { OR: [{ name: { contains: filters.q, mode: 'insensitive' } }, { area: { contains: filters.q, mode: 'insensitive' } }] } : {},
      ],
    },
    orderBy: [{ provinceId: 'asc' }, { name: 'asc' }],
    take: 200,
    select: {
      id: true,
      name: true,
      area: true,
      capacity: true,
      active: true,
      county: { select: { name: true, nameEn: true } },
      _count: { select: { members: true } },
      users: { where: { roles: { has: 'CORE_HEAD' } }, select: { name: true } },
    },
  });
  return cores.map(({ users, _count, ...c }) => ({ ...c, members: _count.members, head: users[0]?.name ?? null }));
}
