import { coversWithRole, type Actor } from '@/lib/authz';
import type { Mover } from './transitions';

/** The roles through which an actor may move this particular report: roles they hold whose scope covers it. */
export function moversFor(actor: Actor, report: { provinceId: number; coreId: string | null; agencyIds: readonly string[]; submitterId: string | null }): Mover[] {
  // Nobody reviews a report they submitted.
  if (report.submitterId === actor.id) return [];
  return actor.roles.filter((role) => role !== 'MEMBER' && coversWithRole(actor, role, report));
}
