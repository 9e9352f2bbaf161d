// TEMPORARY (h17s): replaced at merge
import 'server-only';
import type { Actor } from '@/lib/authz';
import type { AnnualFigures, AnnualScope } from '@/lib/annual-report/annual-figures';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { computeFigures } from './compute-figures';
import { statsScopeFor } from './get-staff-figures';
import { exactFigures } from './project-figures';

/** Stand-in for the figures helper's function (same signature): the staff figures of the year, the rest empty. */
export async function getAnnualFigures({
  actor,
  year,
  provinceId,
  agencyId,
  now = new Date(),
}: {
  actor: Actor;
  year: number;
  provinceId?: number;
  agencyId?: string;
  suppressed?: boolean;
  now?: Date;
}): Promise<AnnualFigures> {
  const reach = statsScopeFor(actor);
  if (reach.kind === 'province' && ((provinceId !== undefined && provinceId !== reach.provinceId) || agencyId !== undefined)) throw new AppError('NOT_FOUND');
  const scope: AnnualScope =
    agencyId !== undefined
      ? { kind: 'agency', agencyId }
      : provinceId !== undefined
        ? { kind: 'province', provinceId }
        : reach.kind === 'province'
          ? reach
          : { kind: 'national' };
  const db = await getDb();
  const statsScope = scope.kind === 'province' ? scope : { kind: 'national' as const };
  const current = exactFigures(await computeFigures(db, { scope: statsScope, year, now }));
  const totals = { applications: 0, approved: 0, rejected: 0, correctionRequested: 0, cores: 0, activeMembers: 0 };
  return {
    year,
    scope,
    scopeLabel: { fa: 'کل کشور', en: 'Whole country' },
    suppressed: false,
    countedAt: now.toISOString(),
    current,
    previous: null,
    reviewStages: [],
    endings: [],
    appeals: [],
    volunteers: { provinces: [], totals, trainingCompletionPercent: null },
    topics: [],
    outcomes: [],
    outcomesTotal: 0,
  };
}
