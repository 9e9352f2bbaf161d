import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { AnnualScope } from '@/lib/annual-report/annual-figures';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';
import { statsScopeFor } from './get-staff-figures';

/**
 * Whose reports an annual report covers, from the actor and what they asked for, with the scope's name as a reader
 * knows it. The national office (`stats:read` reaching all reports) may ask for the country (neither id), one
 * province or one agency (the reports referred to it); province staff only for their own province (no id, or
 * their own). Errors: FORBIDDEN without `stats:read` (statsScopeFor: a member, a liaison, the public); NOT_FOUND
 * for a province or agency that does not exist or is out of the actor's reach (no existence leak); VALIDATION
 * when both a province and an agency are asked for.
 */
export async function resolveAnnualScope(
  db: Db,
  { actor, provinceId, agencyId }: { actor: Actor | null; provinceId?: number; agencyId?: string },
): Promise<{ scope: AnnualScope; label: { fa: string; en: string } }> {
  const reach = statsScopeFor(actor);
  if (provinceId !== undefined && agencyId !== undefined) throw new AppError('VALIDATION', 'one of province or agency');
  if (reach.kind === 'province') {
    if (agencyId !== undefined || (provinceId !== undefined && provinceId !== reach.provinceId)) throw new AppError('NOT_FOUND');
    provinceId = reach.provinceId;
  }
  if (agencyId !== undefined) {
    const agency = z.uuid().safeParse(agencyId).success
      ? await db.agency.findUnique({ where: { id: agencyId }, select: { id: true, name: true, nameEn: true } })
      : null;
    if (!agency) throw new AppError('NOT_FOUND');
    return { scope: { kind: 'agency', agencyId: agency.id }, label: { fa: agency.name, en: agency.nameEn } };
  }
  if (provinceId !== undefined) {
    const province = await db.province.findUnique({ where: { id: provinceId }, select: { id: true, name: true, nameEn: true } });
    if (!province) throw new AppError('NOT_FOUND');
    return { scope: { kind: 'province', provinceId: province.id }, label: { fa: province.name, en: province.nameEn } };
  }
  return { scope: { kind: 'national' }, label: { fa: fa.annualScope.national, en: en.annualScope.national } };
}
