import 'server-only';
import { z } from 'zod';
import { can, type Actor, type Role } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseJalaliDate, tehranDayEnd } from '@/lib/i18n/format';
import { optionalText, likeLiteral } from '@/lib/text/schema';
import { AUDIT_ACTIONS, AUDIT_ACTION_GROUPS, AUDIT_OBJECT_TYPES, actionsOfGroup, type AuditActionGroup } from './catalog';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** How many people a name or e-mail search may match; a wider search asks for more letters. */
export const ACTOR_MATCH_LIMIT = 100;

/**
 * The viewer's filters as they arrive in the address bar (a GET form). Malformed selects and cursors are
 * ignored; dates are kept as typed (Jalali, either digits) so the form shows them again, and checked by
 * `listAuditEvents`.
 */
export const auditFiltersSchema = z.object({
  /** A person's id (from a link in the list), or part of their name or e-mail. */
  actor: optionalText({ max: 100, tooLong: 'actor' }).catch(undefined),
  /** Only what the system did on its own (no actor): jobs, the public, reporters by tracking code. */
  system: z.preprocess((v) => v === true || v === 'on' || v === '1', z.boolean()).catch(false),
  /** One action, or a group written `auth.*`. */
  action: z
    .preprocess(blank, z.union([z.enum(AUDIT_ACTIONS), z.templateLiteral([z.enum(AUDIT_ACTION_GROUPS as [AuditActionGroup]), '.*'])]).optional())
    .catch(undefined),
  objectType: z.preprocess(blank, z.enum(AUDIT_OBJECT_TYPES).optional()).catch(undefined),
  objectId: optionalText({ max: 200, tooLong: 'objectId' }).catch(undefined),
  from: optionalText({ max: 20, tooLong: 'date' }).catch(undefined),
  to: optionalText({ max: 20, tooLong: 'date' }).catch(undefined),
  /** Where the previous page ended: its last event's time (epoch ms) and id, `<ms>.<id>`. */
  after: z
    .preprocess(
      blank,
      z
        .string()
        .regex(/^\d{1,15}\.\d{1,19}$/)
        // An id past PostgreSQL's bigint would make the query fail: such a cursor is no cursor.
        .refine((v) => BigInt(v.split('.')[1]!) <= 9_223_372_036_854_775_807n)
        .optional(),
    )
    .catch(undefined),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;

/**
 * Events whose actor is the reporter of the report they concern: the viewer never names that person nor
 * finds these events by them. A member's report reaches reviewers without the member's identity unless a
 * reveal is asked for and audited (docs/security.md); the log must not be the way around that.
 * (Reporters' later moves — withdrawing, answering, rating — are already recorded without an actor.)
 */
export const REPORTER_ACTIONS = ['report.submit'] as const;

/** One meta entry as read: the key and its value (identifiers, states, counts; never free text by design). */
export type AuditMetaEntry = { key: string; value: string | number | boolean | null };

export type AuditListItem = {
  /** The event's id (a bigint, as decimal text). */
  id: string;
  at: Date;
  action: string;
  objectType: string;
  objectId: string | null;
  /** Null: the system, the public, a reporter by code, or a reporter unnamed (`byReporter`). `name` null: an id no longer in the users table. */
  actor: { id: string; name: string | null; roles: Role[] } | null;
  /** A member's own report (REPORTER_ACTIONS): done by the reporter, who is not named. */
  byReporter: boolean;
  meta: AuditMetaEntry[];
};

export type AuditPage = { items: AuditListItem[]; nextCursor: string | null };

/** `filters`: as parsed, or as they come in the address bar (`system: 'on'`). */
export type ListAuditEventsOptions = { actor: Actor; filters?: Partial<AuditFilters> | Record<string, string | undefined>; limit?: number };

/**
 * The audit log, newest first (keyset on time and id, pages of `limit`), for ADMIN and NATIONAL_OFFICE ('audit:read';
 * others FORBIDDEN). Filters: who (a person by id, or people whose name or e-mail contains the text, at
 * most ACTOR_MATCH_LIMIT of them; or only the system), what (one action or a group), when (`from`–`to`,
 * Jalali dates as whole Tehran calendar days, both included), which object (type and id). A member's own
 * report submission names no one and is not found by person (REPORTER_ACTIONS).
 * A date that is not a Jalali date, or `from` after `to`: VALIDATION with field errors `from`/`to`.
 * Returns the page and `nextCursor` (the `after` of the next page, null on the last).
 */
export async function listAuditEvents({ actor, filters = {}, limit = 25 }: ListAuditEventsOptions): Promise<AuditPage> {
  if (!can(actor, 'audit:read')) throw new AppError('FORBIDDEN');
  const f = auditFiltersSchema.parse(filters);
  const { start, end } = dayRange(f.from, f.to);
  const db = await getDb();

  const where: Prisma.AuditEventWhereInput[] = [];
  if (f.system) where.push({ actorId: null });
  else if (f.actor) {
    const ids = await matchingActorIds(db, f.actor);
    if (ids.length === 0) return { items: [], nextCursor: null };
    where.push({ actorId: ids.length === 1 ? ids[0] : { in: ids } }, { action: { notIn: [...REPORTER_ACTIONS] } });
  }
  if (f.action) where.push({ action: f.action.endsWith('.*') ? { in: actionsOfGroup(f.action.slice(0, -2) as AuditActionGroup) } : f.action });
  if (f.objectType) where.push({ objectType: f.objectType });
  if (f.objectId) where.push({ objectId: f.objectId });
  if (start) where.push({ at: { gte: start } });
  if (end) where.push({ at: { lt: end } });
  if (f.after) {
    const [ms, id] = f.after.split('.') as [string, string];
    const at = new Date(Number(ms));
    // `at <= ` alone is what the indexes can seek on; the OR breaks ties by id.
    where.push({ at: { lte: at } }, { OR: [{ at: { lt: at } }, { at, id: { lt: BigInt(id) } }] });
  }

  const rows = await db.auditEvent.findMany({
    where: { AND: where },
    // By time, then id: the indexes on (at), (action, at) and (actorId, at) give this order (docs/benchmarks.md).
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: { id: true, at: true, actorId: true, action: true, objectType: true, objectId: true, meta: true },
  });
  const page = rows.slice(0, limit);
  const byReporter = (r: { action: string }) => (REPORTER_ACTIONS as readonly string[]).includes(r.action);
  const actorIds = [...new Set(page.flatMap((r) => (r.actorId && !byReporter(r) ? [r.actorId] : [])))];
  const people = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, roles: true } }) : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    items: page.map((r): AuditListItem => ({
      id: r.id.toString(),
      at: r.at,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      actor: r.actorId && !byReporter(r) ? { id: r.actorId, name: byId.get(r.actorId)?.name ?? null, roles: byId.get(r.actorId)?.roles ?? [] } : null,
      byReporter: r.actorId !== null && byReporter(r),
      meta: metaEntries(r.meta),
    })),
    nextCursor: rows.length > limit ? `${page[page.length - 1]!.at.getTime()}.${page[page.length - 1]!.id}` : null,
  };
}

/** The instants bounding the chosen Tehran days: from the midnight starting `from` to the one ending `to`. */
function dayRange(from: string | undefined, to: string | undefined): { start?: Date; end?: Date } {
  const fromDay = from === undefined ? undefined : parseJalaliDate(from);
  const toDay = to === undefined ? undefined : parseJalaliDate(to);
  const errors: Record<string, string[]> = {};
  if (fromDay === null) errors.from = ['date'];
  if (toDay === null) errors.to = ['date'];
  if (fromDay && toDay && fromDay > toDay) errors.to = ['dateOrder'];
  if (Object.keys(errors).length) throw new AppError('VALIDATION', undefined, { fieldErrors: errors });
  // parseJalaliDate gives the day's UTC midnight, inside that Tehran day (03:30 there).
  return { start: fromDay ? tehranDayEnd(fromDay, -1) : undefined, end: toDay ? tehranDayEnd(toDay, 0) : undefined };
}

async function matchingActorIds(db: Awaited<ReturnType<typeof getDb>>, text: string): Promise<string[]> {
  if (z.uuid().safeParse(text).success) return [text];
  const people = await db.user.findMany({
    where: { OR: [{ name: { contains: likeLiteral(text), mode: 'insensitive' } }, { email: { contains: likeLiteral(text.toLowerCase()) } }] },
    orderBy: { name: 'asc' },
    take: ACTOR_MATCH_LIMIT,
    select: { id: true },
  });
  return people.map((p) => p.id);
}

/**
 * The meta as key/value lines: nested objects (an account's `before`/`after`) flattened to `before.roles`,
 * arrays as comma-separated items, so the page never shows raw JSON.
 */
function metaEntries(meta: Prisma.JsonValue, prefix = ''): AuditMetaEntry[] {
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return meta === null ? [] : [{ key: prefix, value: scalar(meta) }];
  return Object.entries(meta).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? metaEntries(value, name) : [{ key: name, value: scalar(value ?? null) }];
  });
}

const scalar = (value: Prisma.JsonValue): AuditMetaEntry['value'] =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : Array.isArray(value)
      ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')
      : JSON.stringify(value);
