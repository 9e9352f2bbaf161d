// Who may see which object: the one place the rule is written (issue #10). For each kind of resource,
// each role has one reach — everything, its province, its core, its agency, what it owns, or nothing —
// and three forms are derived from that single table: a Prisma `where` (lists and loads), an SQL
// fragment (the hand-written queue query) and an in-memory check (which roles may move a loaded report).
// `scope.test.ts` and `scope.integration.test.ts` hold the three forms to the same answer for every role.
//
// Decisions (docs/security.md):
// - ADMIN, the system administrator, manages users, agencies and reference data and does not read
//   reports or applications: a crime report is for the review chain and the agency it was sent to.
// - One province / core / agency per user is enough for the roles we have and the ones coming: a
//   trainer's reach is their groups (membership rows of the training issue), a liaison who serves two
//   agencies has two accounts (each agency keys and audits its own), the national office is national.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor, Role } from './roles';

export type Reach = 'all' | 'province' | 'core' | 'agency' | 'own';
export type ResourceKind = 'report' | 'application' | 'core';

/** The table: a role missing from a resource's row reaches none of it. */
export const REACH: { readonly [K in ResourceKind]: Partial<Record<Role, Reach>> } = {
  report: { NATIONAL_OFFICE: 'all', PROVINCE_STAFF: 'province', CORE_HEAD: 'core', AGENCY_LIAISON: 'agency', MEMBER: 'own' },
  application: { NATIONAL_OFFICE: 'all', PROVINCE_STAFF: 'province', MEMBER: 'own' },
  core: { NATIONAL_OFFICE: 'all', PROVINCE_STAFF: 'province', CORE_HEAD: 'core' },
};

/** What an object says about where it lives, for the in-memory check. Omit what it does not have. */
export type Placement = { provinceId?: number | null; coreId?: string | null; agencyIds?: readonly string[]; ownerId?: string | null };

type Where = { report: Prisma.ReportWhereInput; application: Prisma.MemberWhereInput; core: Prisma.CoreWhereInput };

/** How each reach reads on each resource's columns; null where a reach makes no sense for it. */
const columns: {
  [K in ResourceKind]: { [R in Exclude<Reach, 'all'>]: ((actor: Actor) => { where: Where[K]; sql: (alias: Prisma.Sql) => Prisma.Sql } | null) | null };
} = {
  report: {
    province: (a) => (a.provinceId === null ? null : { where: { provinceId: a.provinceId }, sql: (r) => Prisma.sql`${r}."provinceId" = ${a.provinceId}` }),
    core: (a) => (a.coreId === null ? null : { where: { coreId: a.coreId }, sql: (r) => Prisma.sql`${r}."coreId" = ${a.coreId}::uuid` }),
    agency: (a) =>
      a.agencyId === null
        ? null
        : {
            // A withdrawn referral (made by mistake) no longer opens the report to its agency.
            where: { referrals: { some: { agencyId: a.agencyId, status: { not: 'WITHDRAWN' } } } },
            sql: (r) =>
              Prisma.sql`EXISTS (SELECT 1 FROM "Referral" f WHERE f."reportId" = ${r}."id" AND f."agencyId" = ${a.agencyId}::uuid AND f."status" <> 'WITHDRAWN')`,
          },
    own: (a) => ({ where: { submitterId: a.id }, sql: (r) => Prisma.sql`${r}."submitterId" = ${a.id}::uuid` }),
  },
  application: {
    province: (a) => (a.provinceId === null ? null : { where: { provinceId: a.provinceId }, sql: (m) => Prisma.sql`${m}."provinceId" = ${a.provinceId}` }),
    core: null,
    agency: null,
    own: (a) => ({ where: { userId: a.id }, sql: (m) => Prisma.sql`${m}."userId" = ${a.id}::uuid` }),
  },
  core: {
    province: (a) => (a.provinceId === null ? null : { where: { provinceId: a.provinceId }, sql: (c) => Prisma.sql`${c}."provinceId" = ${a.provinceId}` }),
    core: (a) => (a.coreId === null ? null : { where: { id: a.coreId }, sql: (c) => Prisma.sql`${c}."id" = ${a.coreId}::uuid` }),
    agency: null,
    own: null,
  },
};

/** The reach each of the actor's roles has on this kind of resource (roles without one are left out). */
function reaches(actor: Actor, kind: ResourceKind, only?: readonly Role[]): Reach[] {
  const roles = only ? actor.roles.filter((role) => only.includes(role)) : actor.roles;
  return roles.flatMap((role) => (REACH[kind][role] ? [REACH[kind][role]!] : []));
}

const NOTHING = { id: { in: [] as string[] } };

/**
 * The objects of this kind the actor may see, as a Prisma filter. Fails closed: no actor, or a scoped
 * role without its province/core/agency, reaches nothing. `roles` narrows to some of the actor's roles.
 */
export function scopeWhere<K extends ResourceKind>(actor: Actor | null, kind: K, roles?: readonly Role[]): Where[K] {
  if (!actor) return NOTHING as Where[K];
  const all = reaches(actor, kind, roles);
  if (all.includes('all')) return {} as Where[K];
  const any = all.flatMap((reach) => {
    const piece = columns[kind][reach as Exclude<Reach, 'all'>]?.(actor);
    return piece ? [piece.where] : [];
  });
  return (any.length === 0 ? NOTHING : { OR: any }) as Where[K];
}

/** The same as SQL, for hand-written queries over `alias` (e.g. the queue's `r`). */
export function scopeSql(actor: Actor | null, kind: ResourceKind, alias: Prisma.Sql = Prisma.raw('r')): Prisma.Sql {
  if (!actor) return Prisma.sql`FALSE`;
  const all = reaches(actor, kind);
  if (all.includes('all')) return Prisma.sql`TRUE`;
  const any = all.flatMap((reach) => {
    const piece = columns[kind][reach as Exclude<Reach, 'all'>]?.(actor);
    return piece ? [piece.sql(alias)] : [];
  });
  return any.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${Prisma.join(any, ' OR ')})`;
}

/** Whether this one role of the actor reaches an object placed here (the in-memory form). */
export function roleReaches(actor: Actor, role: Role, kind: ResourceKind, placement: Placement): boolean {
  if (!actor.roles.includes(role)) return false;
  const reach = REACH[kind][role];
  switch (reach) {
    case 'all':
      return true;
    case 'province':
      return actor.provinceId !== null && placement.provinceId === actor.provinceId;
    case 'core':
      return actor.coreId !== null && placement.coreId === actor.coreId;
    case 'agency':
      return actor.agencyId !== null && (placement.agencyIds ?? []).includes(actor.agencyId);
    case 'own':
      return placement.ownerId != null && placement.ownerId === actor.id;
    default:
      return false;
  }
}

/** Whether any of the actor's roles reaches an object placed here. */
export function inScope(actor: Actor | null, kind: ResourceKind, placement: Placement): boolean {
  return actor !== null && actor.roles.some((role) => roleReaches(actor, role, kind, placement));
}

/**
 * The users who hold `role` with a reach covering an object placed here, as a Prisma filter on User
 * (who to remind, who to escalate to): the scope table read the other way round. Null when no holder
 * of that role can reach it (e.g. core heads, for a report without a core).
 */
export function holdersWhere(role: Role, kind: ResourceKind, placement: Placement): Prisma.UserWhereInput | null {
  const base: Prisma.UserWhereInput = { roles: { has: role }, status: 'ACTIVE' };
  switch (REACH[kind][role]) {
    case 'all':
      return base;
    case 'province':
      return placement.provinceId == null ? null : { ...base, provinceId: placement.provinceId };
    case 'core':
      return placement.coreId == null ? null : { ...base, coreId: placement.coreId };
    case 'agency':
      return placement.agencyIds?.length ? { ...base, agencyId: { in: [...placement.agencyIds] } } : null;
    case 'own':
      return placement.ownerId == null ? null : { ...base, id: placement.ownerId };
    default:
      return null;
  }
}
