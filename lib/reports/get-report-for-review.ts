import 'server-only';
import { z } from 'zod';
import { scopeWhere, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { moversFor } from '@/lib/workflow/movers';
import { transitionsFrom } from '@/lib/workflow/transitions';
import { agencySelect, authorSelect, reviewerSelect, toAgencyView, toAuthorView, toReviewerView, moveFactsSelect, viewerOf } from './report-views';
import { assignableReviewers, mayAssign } from './assign-report';
import { findSimilarReports } from './find-similar-reports';
import { hasRevealableIdentity, mayRevealIdentity } from './reveal-identity';

/**
 * One report as this actor may see it (`/reports/<id>`): the projection for their kind of viewer
 * (report-views.ts: reviewer, agency or author) and, for reviewers and agencies, exactly the moves they
 * may make. Outside the actor's scope it does not exist (NOT_FOUND), whether or not it exists at all.
 */
export async function getReportForReview({ actor, reportId }: { actor: Actor; reportId: string }) {
  if (!z.uuid().safeParse(reportId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const facts = await db.report.findFirst({
    where: { AND: [{ id: reportId }, scopeWhere(actor, 'report')] },
    select: moveFactsSelect,
  });
  if (!facts) throw new AppError('NOT_FOUND');
  const scope = { ...facts, agencyIds: facts.referrals.map((r) => r.agencyId) };
  const viewer = viewerOf(actor, scope);
  if (viewer === null) throw new AppError('NOT_FOUND');

  if (viewer === 'author') return toAuthorView(await db.report.findUniqueOrThrow({ where: { id: facts.id }, select: authorSelect }));

  // The moves as the page needs them: which, and what each asks for; not the workflow's internals.
  const actions = transitionsFrom(facts.status, moversFor(actor, scope), facts).map((t) => ({ action: t.action, requires: t.requires }));
  if (viewer === 'agency') {
    const row = await db.report.findUniqueOrThrow({ where: { id: facts.id }, select: agencySelect(actor.agencyId!) });
    return { ...toAgencyView(row), actions };
  }
  const row = await db.report.findUniqueOrThrow({ where: { id: facts.id }, select: reviewerSelect });
  const agencies = actions.some((a) => a.requires.includes('agency'))
    ? await db.agency.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true, nameEn: true } })
    : [];
  const identityRevealable = mayRevealIdentity(actor, row) && hasRevealableIdentity(row);
  // Who the case may be assigned to, for those who work on its stage (assign-report.ts).
  const assignable = mayAssign(actor, scope) ? { me: actor.id, candidates: await assignableReviewers(db, facts) } : null;
  // Possibly the same matter, for a reviewer who may decide (a duplicate is linked by its case number).
  const similar = facts.duplicateOfId ? [] : await findSimilarReports({ actor, reportId: facts.id });
  return { ...toReviewerView(row, { identityRevealable }), actions, agencies, assignable, similar };
}

export type ReportPage = Awaited<ReturnType<typeof getReportForReview>>;
export type ReviewerPage = Extract<ReportPage, { viewer: 'reviewer' }>;
export type AgencyPage = Extract<ReportPage, { viewer: 'agency' }>;
