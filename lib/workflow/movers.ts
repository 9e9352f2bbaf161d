import { roleReaches, type Actor } from '@/lib/authz';
import { placementOf } from '@/lib/reports/report-views';
import type { Mover } from './transitions';

/** The roles through which an actor may move this particular report: roles they hold whose reach covers it (lib/authz/scope.ts). */
export function moversFor(
  actor: Actor,
  report: { provinceId: number; coreId: string | null; agencyIds: readonly string[]; submitterId: string | null },
): Mover[] {
  // Nobody reviews a report they submitted.
  if (report.submitterId === actor.id) return [];
  const placement = placementOf(report);
  return actor.roles.filter((role) => role !== 'MEMBER' && roleReaches(actor, role, 'report', placement));
}
