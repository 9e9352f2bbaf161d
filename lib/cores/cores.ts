import 'server-only';
import { z } from 'zod';
import { can, rolesAllowed, scopeWhere, type Actor } from '@/lib/authz';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { revokeUserSessions } from '@/lib/auth/revoke-sessions';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { normalizePersianText } from '@/lib/i18n/format';

// Cores (هسته‌ها): provincial staff create them, appoint a head from approved members, and assign and
// move members. Scope: a provincial secretariat manages its own province; the national office all.

/** The cores this manager may manage: the core scope of the roles that hold `core:manage` (lib/authz/scope.ts). */
function provinceScope(actor: Actor): Prisma.CoreWhereInput {
  return scopeWhere(actor, 'core', rolesAllowed('core:manage'));
}

function requireManager(actor: Actor) {
  if (!can(actor, 'core:manage')) throw new AppError('FORBIDDEN');
}

export const coreInputSchema = z.object({
  name: z.string({ error: 'name' }).trim().min(3, 'name').max(80, 'name').transform(normalizePersianText),
  countyId: z.coerce.number({ error: 'county' }).int().positive('county'),
  area: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(120, 'areaLong').transform(normalizePersianText).optional()),
  capacity: z.coerce.number({ error: 'capacity' }).int('capacity').min(3, 'capacity').max(200, 'capacity'),
});

export const coreListSchema = z.object({
  q: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(60).transform(normalizePersianText).optional()).catch(undefined),
  countyId: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().optional()).catch(undefined),
});

/** The cores in the manager's scope, with their head and size; searchable by name or area, filterable by county. */
export async function listCores(actor: Actor, filters: z.output<typeof coreListSchema> = {}) {
  requireManager(actor);
  const db = await getDb();
  const cores = await db.core.findMany({
    where: {
      AND: [
        provinceScope(actor),
        filters.countyId ? { countyId: filters.countyId } : {},
        filters.q ? { OR: [{ name: { contains: filters.q, mode: 'insensitive' } }, { area: { contains: filters.q, mode: 'insensitive' } }] } : {},
      ],
    },
    orderBy: [{ provinceId: 'asc' }, { name: 'asc' }],
    take: 200,
    select: {
      id: true, name: true, area: true, capacity: true, active: true,
      county: { select: { name: true, nameEn: true } },
      _count: { select: { members: true } },
      users: { where: { roles: { has: 'CORE_HEAD' } }, select: { name: true } },
    },
  });
  return cores.map(({ users, _count, ...c }) => ({ ...c, members: _count.members, head: users[0]?.name ?? null }));
}

export type CoreInput = z.output<typeof coreInputSchema>;

/** A new core in a county of the manager's province (the form is parsed by the action with coreInputSchema). */
export async function createCore(actor: Actor, input: CoreInput) {
  requireManager(actor);
  const db = await getDb();
  const county = await db.county.findUnique({ where: { id: input.countyId }, select: { id: true, provinceId: true } });
  if (!county || !can(actor, 'core:manage', { provinceId: county.provinceId })) throw new AppError('VALIDATION', 'county outside scope', { fieldErrors: { countyId: ['county'] } });
  try {
    return await db.$transaction(async (tx) => {
      const core = await tx.core.create({ data: { name: input.name, area: input.area ?? null, capacity: input.capacity, provinceId: county.provinceId, countyId: county.id } });
      await recordAuditEvent(tx, { actorId: actor.id, action: 'core.create', objectType: 'core', objectId: core.id });
      return core;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', 'name taken', { fieldErrors: { name: ['nameTaken'] } });
    throw error;
  }
}

async function coreInScope(actor: Actor, coreId: string) {
  requireManager(actor);
  if (!z.uuid().safeParse(coreId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const core = await db.core.findFirst({ where: { AND: [{ id: coreId, active: true }, provinceScope(actor)] } });
  if (!core) throw new AppError('NOT_FOUND');
  return core;
}

/** One core for its managers: members (with who heads it) and the approved members of the province without a core. */
export async function getCoreForManager(actor: Actor, coreId: string) {
  const core = await coreInScope(actor, coreId);
  const db = await getDb();
  const memberSelect = { id: true, firstName: true, lastName: true, membershipCode: true, user: { select: { id: true, roles: true, coreId: true } } } as const;
  const [members, unassigned, otherCores, county] = await Promise.all([
    db.member.findMany({ where: { coreId: core.id, status: 'APPROVED' }, orderBy: { lastName: 'asc' }, select: memberSelect }),
    db.member.findMany({ where: { provinceId: core.provinceId, status: 'APPROVED', coreId: null }, orderBy: { lastName: 'asc' }, take: 100, select: memberSelect }),
    db.core.findMany({ where: { provinceId: core.provinceId, active: true, id: { not: core.id } }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
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

/**
 * Puts an approved member of the core's province in the core (or moves them there). Refuses a full core,
 * and a core head (appoint another head of their core first).
 */
export async function assignMember(actor: Actor, { coreId, memberId }: { coreId: string; memberId: string }) {
  const core = await coreInScope(actor, coreId);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const member = await tx.member.findFirst({ where: { id: memberId, status: 'APPROVED', provinceId: core.provinceId }, include: { user: { select: { roles: true, coreId: true } } } });
    if (!member) throw new AppError('NOT_FOUND');
    if (member.coreId === core.id) return;
    if (member.user.roles.includes('CORE_HEAD') && member.coreId) throw new AppError('VALIDATION', 'is head', { fieldErrors: { memberId: ['isHead'] } });
    // Lock the core row so two assignments cannot both take its last place.
    await tx.$queryRaw`SELECT 1 FROM "Core" WHERE "id" = ${core.id}::uuid FOR UPDATE`;
    const size = await tx.member.count({ where: { coreId: core.id } });
    if (size >= core.capacity) throw new AppError('VALIDATION', 'core full', { fieldErrors: { memberId: ['coreFull'] } });
    await tx.member.update({ where: { id: member.id }, data: { coreId: core.id, version: { increment: 1 } } });
    await tx.user.update({ where: { id: member.userId }, data: { coreId: core.id, provinceId: core.provinceId } });
    await recordAuditEvent(tx, { actorId: actor.id, action: member.coreId ? 'core.move_member' : 'core.assign_member', objectType: 'member', objectId: member.id, meta: { from: member.coreId, to: core.id } });
  });
}

/** Makes a member of the core its head; the previous head keeps their membership but not the role. */
export async function appointHead(actor: Actor, { coreId, memberId }: { coreId: string; memberId: string }) {
  const core = await coreInScope(actor, coreId);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Serialised per core: two appointments at once cannot leave two heads.
    await tx.$queryRaw`SELECT 1 FROM "Core" WHERE "id" = ${core.id}::uuid FOR UPDATE`;
    const member = await tx.member.findFirst({ where: { id: memberId, coreId: core.id, status: 'APPROVED' }, include: { user: { select: { id: true, roles: true } } } });
    if (!member) throw new AppError('NOT_FOUND');
    const previous = await tx.user.findMany({ where: { coreId: core.id, roles: { has: 'CORE_HEAD' }, id: { not: member.userId } }, select: { id: true, roles: true } });
    for (const p of previous) {
      await tx.user.update({ where: { id: p.id }, data: { roles: p.roles.filter((r) => r !== 'CORE_HEAD') } });
      await revokeUserSessions({ userId: p.id, reason: 'roles_changed', actorId: actor.id, tx });
    }
    if (!member.user.roles.includes('CORE_HEAD')) {
      await tx.user.update({ where: { id: member.userId }, data: { roles: [...member.user.roles, 'CORE_HEAD'], coreId: core.id } });
      await revokeUserSessions({ userId: member.userId, reason: 'roles_changed', actorId: actor.id, tx });
    }
    await recordAuditEvent(tx, { actorId: actor.id, action: 'core.appoint_head', objectType: 'core', objectId: core.id, meta: { memberId: member.id, replaced: previous.length } });
  });
}

/** A member's own core and its head, for their dashboard. */
export async function ownCore(actor: Actor) {
  const db = await getDb();
  const member = await db.member.findUnique({ where: { userId: actor.id }, select: { core: { select: { id: true, name: true, area: true, users: { where: { roles: { has: 'CORE_HEAD' } }, select: { name: true } } } } } });
  const core = member?.core;
  return core ? { name: core.name, area: core.area, head: core.users[0]?.name ?? null } : null;
}

/** The members of the core an actor heads, for the core head's dashboard. */
export async function membersOfOwnCore(actor: Actor) {
  if (!actor.roles.includes('CORE_HEAD') || !actor.coreId) return [];
  const db = await getDb();
  const members = await db.member.findMany({ where: { coreId: actor.coreId, status: 'APPROVED' }, orderBy: { lastName: 'asc' }, select: { id: true, firstName: true, lastName: true, membershipCode: true } });
  return members.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}`, membershipCode: m.membershipCode }));
}
