import { normalizeText, visibleLength } from '@/lib/text/normalize';
import 'server-only';
import { z } from 'zod';
import { scopeWhere, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { applyTransition } from './apply-transition';
import { DUPLICATE_OF_ERROR, rootOriginal } from './duplicate-links';
import { moversFor } from './movers';
import { findTransition, mayMove, type WorkflowAction } from './transitions';
import { parseCaseNumber } from '@/lib/reports/case-number';
import { moveFactsSelect } from '@/lib/reports/report-views';
import { checkPublicSummary, namesOf, reportNamesSelect } from '@/lib/outcomes/public-summary';

export type TransitionReportOptions = {
  actor: Actor;
  reportId: string;
  action: WorkflowAction;
  /** The version the actor was looking at; a newer one means someone else acted first. */
  version: number;
  publicNote?: string;
  internalNote?: string;
  /** The agencies to refer to (requires 'agency'), and the covering note addressed to them. */
  agencyIds?: readonly string[];
  coveringNote?: string;
  /** Ticked "I mean it", for moves that cannot be undone (requires 'confirm'). */
  confirmed?: boolean;
  /** The original's case number as typed, for `markDuplicate` (requires 'duplicateOf'). */
  duplicateOf?: string;
  /** For `publish` (requires 'publicSummary'): the public summary, the summary of the agency's answer, and
   * "I checked the warnings", required when the personal-data check warns (lib/outcomes/check-summary.ts). */
  publicOutcome?: string;
  publicAnswer?: string;
  warningsChecked?: boolean;
};

/** A reviewer's (or agency's) decision on a report, checked against the workflow table and the actor's scope. */
export async function transitionReport(o: TransitionReportOptions) {
  if (!z.uuid().safeParse(o.reportId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const report = await db.report.findFirst({
    where: { AND: [{ id: o.reportId }, scopeWhere(o.actor, 'report')] },
    select: {
      ...moveFactsSelect,
      version: true,
      resumeStatus: true,
      // The names a public summary must not carry (read only to check it; never shown).
      ...reportNamesSelect,
    },
  });
  if (!report) throw new AppError('NOT_FOUND');
  if (report.version !== o.version) throw new AppError('CONFLICT', 'stale version');

  const transition = findTransition(report.status, o.action);
  const movers = moversFor(o.actor, { ...report, agencyIds: report.referrals.map((r) => r.agencyId) });
  if (!transition || !mayMove(transition, movers, report)) throw new AppError('FORBIDDEN');

  const missing: Record<string, string[]> = {};
  // Counted as seen: a note of zero-width or bidi characters only is no note (the h16x review's unpublish reason).
  const written = (note: string | undefined) => visibleLength(normalizeText(note ?? '')) > 0;
  if (transition.requires.includes('publicNote') && !written(o.publicNote)) missing.publicNote = ['noteRequired'];
  if (transition.requires.includes('reason') && !written(o.internalNote)) missing.internalNote = ['reasonRequired'];
  const summary = transition.requires.includes('publicSummary') ? checkPublicSummary(o, namesOf(report)) : undefined;
  if (summary) {
    Object.assign(missing, summary.fieldErrors);
    if (summary.warnings.length > 0 && !o.warningsChecked) missing.warningsChecked = ['warningsUnchecked'];
  }
  if (transition.requires.includes('agency') && !o.agencyIds?.length) missing.agencyId = ['agencyRequired'];
  if (transition.requires.includes('confirm') && !o.confirmed) missing.confirmed = ['confirmRequired'];
  const original = transition.requires.includes('duplicateOf') ? await findOriginal(o.actor, report.id, o.duplicateOf) : undefined;
  if (original && 'error' in original) missing.duplicateOf = [original.error];
  const duplicateOfId = original && 'id' in original ? original.id : undefined;
  if (Object.keys(missing).length) throw new AppError('VALIDATION', 'missing fields', { fieldErrors: missing });

  return db.$transaction(async (tx) => {
    const status = await applyTransition(tx, {
      report,
      transition,
      actor: o.actor,
      publicNote: o.publicNote?.trim() || undefined,
      internalNote: o.internalNote?.trim() || undefined,
      agencyIds: o.agencyIds,
      coveringNote: o.coveringNote,
      duplicateOfId,
      publication: summary
        ? {
            publicOutcome: summary.publicOutcome,
            publicAnswer: summary.publicAnswer,
            warnings: summary.warnings.length,
            warningsChecked: Boolean(o.warningsChecked),
          }
        : undefined,
    });
    return { status };
  });
}

/**
 * The original a duplicate points to, by the case number the reviewer typed: a report this actor can
 * see, followed to the root of its links (duplicate-links.ts), which must not be the report itself (A→B
 * then B→A) and must be able to be an original (not withdrawn or rejected). The refusal's message key
 * when not: a wrong number, this report or a case out of scope all read "no such case".
 */
async function findOriginal(actor: Actor, reportId: string, typed: string | undefined): Promise<{ id: string } | { error: string }> {
  const caseNumber = typed ? parseCaseNumber(typed) : null;
  if (!caseNumber) return { error: DUPLICATE_OF_ERROR.unknown };
  const db = await getDb();
  const select = { id: true, status: true, duplicateOfId: true } as const;
  const named = await db.report.findFirst({ where: { AND: [{ caseNumber }, scopeWhere(actor, 'report')] }, select });
  const root = await rootOriginal(reportId, named, (id) => db.report.findFirst({ where: { AND: [{ id }, scopeWhere(actor, 'report')] }, select }));
  return root.ok ? { id: root.id } : { error: DUPLICATE_OF_ERROR[root.reason] };
}
