import 'server-only';
import { z } from 'zod';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** Every agency for the administrator: level, active, what it handles, its liaisons and open referrals. FORBIDDEN to others. */
export async function listAgenciesForAdmin({ actor }: { actor: Actor }) {
  if (!can(actor, 'agency:manage')) throw new AppError('FORBIDDEN');
  const db = await getDb();
  return db.agency.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      nameEn: true,
      active: true,
      province: { select: { name: true, nameEn: true } },
      _count: {
        select: {
          categories: true,
          users: true,
          referrals: { where: { status: { in: ['PENDING', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', 'SENT_BACK'] } } },
        },
      },
    },
  });
}

/**
 * One agency for its edit page: the form's values, the categories it handles (deactivated ones too: the
 * form keeps offering those, ticked, so saving does not drop them) and its liaisons (name, status).
 * NOT_FOUND if none; FORBIDDEN to others.
 */
export async function getAgencyForAdmin({ actor, agencyId }: { actor: Actor; agencyId: string }) {
  if (!can(actor, 'agency:manage')) throw new AppError('FORBIDDEN');
  if (!z.uuid().safeParse(agencyId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const agency = await db.agency.findUnique({
    where: { id: agencyId },
    select: {
      id: true,
      slug: true,
      name: true,
      nameEn: true,
      provinceId: true,
      acknowledgeDays: true,
      answerDays: true,
      active: true,
      categories: { select: { categoryId: true, category: { select: { name: true, nameEn: true, active: true } } } },
      users: { where: { roles: { has: 'AGENCY_LIAISON' } }, orderBy: { name: 'asc' }, select: { id: true, name: true, status: true } },
    },
  });
  if (!agency) throw new AppError('NOT_FOUND');
  return agency;
}
