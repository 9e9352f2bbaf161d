import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { StatsScope } from '@/lib/stats/compute-figures';
import { statsScopeFor } from '@/lib/stats/get-staff-figures';

/**
 * How far an actor reaches among annual reports (issue #17): the national office every scope ('national'), province
 * staff their own province's reports only ('province'). Without 'annualReport:request': FORBIDDEN; a province role
 * with no province: NOT_FOUND (statsScopeFor, the statistics' rule, so the report never reaches further than the
 * figures it is made of).
 */
export function annualReportReach(actor: Actor | null): StatsScope {
  if (!actor || !can(actor, 'annualReport:request')) throw new AppError('FORBIDDEN');
  return statsScopeFor(actor);
}

/** The annual reports an actor may see, list and download, as a Prisma filter (see annualReportReach). */
export function annualReportWhere(actor: Actor | null): Prisma.AnnualReportWhereInput {
  const reach = annualReportReach(actor);
  if (reach.kind === 'national') return {};
  if (reach.kind === 'province') return { scope: 'PROVINCE', provinceId: reach.provinceId };
  // statsScopeFor gives no actor an agency's reach; fail closed if it ever does.
  throw new AppError('NOT_FOUND');
}
