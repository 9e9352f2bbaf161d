import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { applicationScope } from './application-access';
import type { ApplicationFilters } from './application-filters';
import { UNDER_REVIEW } from './transitions';

/** Applications in scope: under review by default, or one state; searchable by name. */
export async function listApplications({ actor, filters: { status, q } = {} }: { actor: Actor; filters?: ApplicationFilters }) {
  if (!can(actor, 'member:vet')) throw new AppError('FORBIDDEN');
  const db = await getDb();
  const name = q ? { OR: [{ firstName: { contains: q, mode: 'insensitive' as const } }, { lastName: { contains: q, mode: 'insensitive' as const } }] } : {};
  return db.member.findMany({
    where: { AND: [applicationScope(actor), status ? { status } : { status: { in: [...UNDER_REVIEW] } }, name] },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: { id: true, firstName: true, lastName: true, status: true, submittedAt: true, province: { select: { name: true, nameEn: true } } },
  });
}
