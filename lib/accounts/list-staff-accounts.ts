import 'server-only';
import { z } from 'zod';
import { idNumber, likeLiteral } from '@/lib/text/schema';
import { normalizeMobile } from '@/lib/auth/identifier';
import { can, type Actor } from '@/lib/authz';
import { blindIndex, decryptField, maskPersonal } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { normalizeIdentifier, normalizeText } from '@/lib/text/normalize';
import { staffAccountWhere } from './staff-account-access';
import { STAFF_ROLES } from './staff-roles';

const PAGE = 30;

/** The list's filters as the GET form sends them; anything malformed is dropped rather than refused. */
export const accountFiltersSchema = z.object({
  role: z.enum(STAFF_ROLES).optional().catch(undefined),
  provinceId: idNumber().pipe(z.number().max(31)).optional().catch(undefined),
  status: z.enum(['ACTIVE', 'DISABLED', 'NO_PASSWORD']).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  after: z.uuid().optional().catch(undefined),
});
export type AccountFilters = z.output<typeof accountFiltersSchema>;

/** One row of the administrator's list: no password hash, the mobile masked. */
export type StaffAccountRow = {
  id: string;
  name: string;
  email: string | null;
  mobile: string | null;
  roles: string[];
  status: 'ACTIVE' | 'DISABLED';
  hasPassword: boolean;
  province: { name: string; nameEn: string } | null;
  agency: { name: string; nameEn: string } | null;
  lastLoginAt: Date | null;
};

/**
 * Staff accounts for the administrator (issue #15), newest first, 30 a page, keyset on the id (UUIDv7,
 * time-ordered). Filters: a staff role, a province, a status (or "no password yet"), and a search that
 * matches a name or e-mail in part, or a mobile however typed. Errors: FORBIDDEN (not an administrator).
 */
export async function listStaffAccounts({
  actor,
  filters,
}: {
  actor: Actor;
  filters: AccountFilters;
}): Promise<{ items: StaffAccountRow[]; nextCursor: string | null }> {
  if (!can(actor, 'account:manage')) throw new AppError('FORBIDDEN');
  const q = filters.q ? normalizeText(filters.q).trim() : '';
  const mobile = q ? normalizeMobile(q) : null;
  const where: Prisma.UserWhereInput = {
    AND: [
      staffAccountWhere,
      filters.role ? { roles: { has: filters.role } } : {},
      filters.provinceId ? { provinceId: filters.provinceId } : {},
      filters.status === 'NO_PASSWORD' ? { passwordHash: null, status: 'ACTIVE' } : filters.status ? { status: filters.status } : {},
      q
        ? {
            OR: [
              { name: { contains: likeLiteral(q), mode: 'insensitive' } },
              { email: { contains: likeLiteral(normalizeIdentifier(q).toLowerCase()) } },
              ...(mobile ? [{ mobileIndex: blindIndex('mobile', mobile) }] : []),
            ],
          }
        : {},
      filters.after ? { id: { lt: filters.after } } : {},
    ],
  };
  const db = await getDb();
  const rows = await db.user.findMany({
    where,
    orderBy: { id: 'desc' },
    take: PAGE + 1,
    select: {
      id: true,
      name: true,
      email: true,
      mobileEnc: true,
      roles: true,
      status: true,
      passwordHash: true,
      lastLoginAt: true,
      province: { select: { name: true, nameEn: true } },
      agency: { select: { name: true, nameEn: true } },
    },
  });
  const items = rows.slice(0, PAGE).map(({ mobileEnc, passwordHash, ...row }) => ({
    ...row,
    mobile: mobileEnc ? maskPersonal('mobile', decryptField('mobile', mobileEnc)) : null,
    hasPassword: passwordHash !== null,
  }));
  return { items, nextCursor: rows.length > PAGE ? items[items.length - 1]!.id : null };
}
