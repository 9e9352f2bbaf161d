// The reports an actor may see, as a Prisma filter: list queries are scoped in the database,
// so an out-of-scope report is simply absent (a 404), never "forbidden".
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from './roles';

const NOTHING: Prisma.ReportWhereInput = { id: { in: [] } };

export function reportScope(actor: Actor | null): Prisma.ReportWhereInput {
  if (!actor) return NOTHING;
  if (actor.roles.includes('NATIONAL_OFFICE') || actor.roles.includes('ADMIN')) return {};

  const any: Prisma.ReportWhereInput[] = [];
  if (actor.roles.includes('PROVINCE_STAFF') && actor.provinceId !== null) any.push({ provinceId: actor.provinceId });
  if (actor.roles.includes('CORE_HEAD') && actor.coreId !== null) any.push({ coreId: actor.coreId });
  if (actor.roles.includes('AGENCY_LIAISON') && actor.agencyId !== null) any.push({ referrals: { some: { agencyId: actor.agencyId } } });
  if (actor.roles.includes('MEMBER')) any.push({ submitterId: actor.id });
  return any.length === 0 ? NOTHING : { OR: any };
}
