import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from './roles';

/**
 * The same scope as SQL, for the queue's hand-written query (full-text search and keyset paging need
 * SQL). An integration test holds the two forms to the same answer for every role.
 */
export function reportScopeSql(actor: Actor | null, alias = Prisma.raw('r')): Prisma.Sql {
  if (!actor) return Prisma.sql`FALSE`;
  if (actor.roles.includes('NATIONAL_OFFICE') || actor.roles.includes('ADMIN')) return Prisma.sql`TRUE`;

  const any: Prisma.Sql[] = [];
  if (actor.roles.includes('PROVINCE_STAFF') && actor.provinceId !== null) any.push(Prisma.sql`${alias}."provinceId" = ${actor.provinceId}`);
  if (actor.roles.includes('CORE_HEAD') && actor.coreId !== null) any.push(Prisma.sql`${alias}."coreId" = ${actor.coreId}::uuid`);
  if (actor.roles.includes('AGENCY_LIAISON') && actor.agencyId !== null) {
    any.push(Prisma.sql`EXISTS (SELECT 1 FROM "Referral" f WHERE f."reportId" = ${alias}."id" AND f."agencyId" = ${actor.agencyId}::uuid)`);
  }
  if (actor.roles.includes('MEMBER')) any.push(Prisma.sql`${alias}."submitterId" = ${actor.id}::uuid`);
  return any.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${Prisma.join(any, ' OR ')})`;
}
