import 'server-only';
import { can, REACH, rolesAllowed, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { computeFigures, type StatsScope } from './compute-figures';
import type { StatsFigures } from './figures';
import { exactFigures } from './project-figures';

/**
 * Whose reports an actor's statistics count, read from the scope table (lib/authz/scope.ts, resource "report")
 * for the roles that hold 'stats:read': a reach of "all" is the country, "province" their province. Anyone
 * without the permission: FORBIDDEN. A province role with no province reaches nothing: NOT_FOUND (fail closed).
 */
export function statsScopeFor(actor: Actor | null): StatsScope {
  if (!actor || !can(actor, 'stats:read')) throw new AppError('FORBIDDEN');
  const reaches = actor.roles.filter((role) => rolesAllowed('stats:read').includes(role)).map((role) => REACH.report[role]);
  if (reaches.includes('all')) return { kind: 'national' };
  if (reaches.includes('province') && actor.provinceId !== null) return { kind: 'province', provinceId: actor.provinceId };
  throw new AppError('NOT_FOUND');
}

/**
 * Staff's figures for a Jalali year: exact (nothing withheld) and live (counted now, not the hourly snapshot),
 * for the country (national office) or the actor's province (province staff). The national dashboard and the
 * annual report (issue #17) read the same function; the public reads the suppressed snapshot instead.
 */
export async function getStaffFigures({ actor, year, now = new Date() }: { actor: Actor; year: number; now?: Date }): Promise<StatsFigures> {
  const scope = statsScopeFor(actor);
  return exactFigures(await computeFigures(await getDb(), { scope, year, now }));
}
