import 'server-only';
import { z } from 'zod';
import { PartlyDone } from '@/lib/actions/define-action';
import { scopeWhere, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { tehranToday, type Locale } from '@/lib/i18n/format';
import { moveFactsSelect } from '@/lib/reports/report-views';
import { getSettings } from '@/lib/settings/get-settings';
import { moversFor } from '@/lib/workflow/movers';
import { findTransition, mayMove } from '@/lib/workflow/transitions';
import type { SummaryWarning } from './check-summary';
import { agencyNamesFor } from './outcome-agencies';
import { projectionQuery, type ProjectedOutcome } from './outcome-projection';
import { checkPublicSummary, namesOf, reportNamesSelect } from './public-summary';
import { toPublicOutcomeView, type PublicOutcomeView } from './public-view';

export type OutcomePreview = { outcome: PublicOutcomeView; warnings: SummaryWarning[] };

export type PreviewOutcomeOptions = { actor: Actor; reportId: string; publicOutcome?: string; publicAnswer?: string; locale: Locale };

/**
 * What the public would see if the national office published this case now with these summaries, and what
 * the personal-data check finds in them (issue #16). The row is the projection's own SELECT
 * (outcome-projection.ts) with this report counted as published, so the county shown is the one the
 * threshold would allow; nothing is written. Only someone who may publish this case may preview it: the
 * name check reads the reporter's names, and must not answer anyone else's guesses. Texts too short or
 * too long still preview, with their field errors (PartlyDone).
 */
export async function previewOutcome(o: PreviewOutcomeOptions): Promise<OutcomePreview | PartlyDone<OutcomePreview>> {
  if (!z.uuid().safeParse(o.reportId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const report = await db.report.findFirst({
    where: { AND: [{ id: o.reportId }, scopeWhere(o.actor, 'report')] },
    select: { ...moveFactsSelect, ...reportNamesSelect },
  });
  if (!report) throw new AppError('NOT_FOUND');
  const publish = findTransition(report.status, 'publish');
  const movers = moversFor(o.actor, { ...report, agencyIds: report.referrals.map((r) => r.agencyId) });
  if (!publish || !mayMove(publish, movers, report)) throw new AppError('FORBIDDEN');

  const checked = checkPublicSummary(o, namesOf(report));
  const { outcomeCountyThreshold } = await getSettings();
  const [row] = await db.$queryRaw<ProjectedOutcome[]>(
    projectionQuery({
      scope: Prisma.sql`r.id = ${report.id}::uuid`,
      threshold: outcomeCountyThreshold,
      preview: { reportId: report.id, summary: checked.publicOutcome, answerSummary: checked.publicAnswer },
    }),
  );
  if (!row) throw new AppError('NOT_FOUND');
  const named = { select: { name: true, nameEn: true } } as const;
  const [category, province, county, agencies] = await Promise.all([
    db.category.findUniqueOrThrow({ where: { id: row.categoryId }, ...named }),
    db.province.findUniqueOrThrow({ where: { id: row.provinceId }, ...named }),
    row.countyId === null ? null : db.county.findUniqueOrThrow({ where: { id: row.countyId }, ...named }),
    agencyNamesFor(row.agencyIds, o.locale),
  ]);
  // Not published yet: no id of its own, and "published" is today.
  const outcome = toPublicOutcomeView({ ...row, id: 'preview', publishedOn: tehranToday(), category, province, county }, agencies, o.locale);
  const preview = { outcome, warnings: checked.warnings };
  return Object.keys(checked.fieldErrors).length
    ? new PartlyDone(preview, new AppError('VALIDATION', 'summary length', { fieldErrors: checked.fieldErrors }))
    : preview;
}
