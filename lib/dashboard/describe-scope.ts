import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { localized } from '@/lib/i18n/format';

export type ScopeNames = { province: string | null; core: string | null; agency: string | null };

/** Names of the province, core and agency an actor works in, for the dashboard header. */
export async function describeScope({ actor, locale }: { actor: Actor; locale: 'fa' | 'en' }): Promise<ScopeNames> {
  const db = await getDb();
  const [province, core, agency] = await Promise.all([
    actor.provinceId === null ? null : db.province.findUnique({ where: { id: actor.provinceId }, select: { name: true, nameEn: true } }),
    actor.coreId === null ? null : db.core.findUnique({ where: { id: actor.coreId }, select: { name: true } }),
    actor.agencyId === null ? null : db.agency.findUnique({ where: { id: actor.agencyId }, select: { name: true, nameEn: true } }),
  ]);
  return {
    province: province ? localized(province, locale) : null,
    core: core?.name ?? null,
    agency: agency ? localized(agency, locale) : null,
  };
}
