import 'server-only';
import { z } from 'zod';
import { scopeWhere, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getSettings } from '@/lib/settings/get-settings';
import { deadlinePolicy } from '@/lib/workflow/deadlines';
import { moversFor } from '@/lib/workflow/movers';
import { transitionsFrom } from '@/lib/workflow/transitions';
import { authorSelect, reviewerSelect, toAuthorView, toReviewerView, moveFactsSelect, viewerOf } from './report-views';
import { suggestAgencies } from '@/lib/agencies/suggest-agencies';
import { referralTransitionsFrom } from '@/lib/workflow/referral-transitions';
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

  if (viewer === 'author')
    return toAuthorView(await db.report.findUniqueOrThrow({ where: { id: facts.id }, select: authorSelect }), deadlinePolicy(await getSettings()));

  // An agency works on its referral in its portal (/agency/referrals/<id>), in the agency projection.
  if (viewer === 'agency') {
    const own = await db.referral.findUniqueOrThrow({ where: { reportId_agencyId: { reportId: facts.id, agencyId: actor.agencyId! } }, select: { id: true } });
    return { viewer: 'agency' as const, referralId: own.id };
  }
  // The moves as the page needs them: which, and what each asks for; not the workflow's internals.
  const movers = moversFor(actor, scope);
  const actions = transitionsFrom(facts.status, movers, facts).map((t) => ({ action: t.action, requires: t.requires }));
  const row = await db.report.findUniqueOrThrow({ where: { id: facts.id }, select: { ...reviewerSelect, categoryId: true } });
  // The agencies to refer to, those that handle the report's category in its province first.
  const agencies = actions.some((a) => a.requires.includes('agency'))
    ? await suggestAgencies(db, { id: row.id, categoryId: row.categoryId, provinceId: row.provinceId })
    : [];
  // Each referral's moves open to this reviewer (the national office evaluates answers, answers questions).
  const appealOpen = row.rating?.appealStatus === 'OPEN';
  const referralActions = Object.fromEntries(
    row.referrals.map((f) => [
      f.id,
      referralTransitionsFrom(
        f.status,
        movers.filter((m) => m === 'NATIONAL_OFFICE'),
        { appealOpen },
      ).map((t) => ({ action: t.action, requires: t.requires })),
    ]),
  );
  const identityRevealable = mayRevealIdentity(actor, row) && hasRevealableIdentity(row);
  // Who the case may be assigned to, for those who work on its stage (assign-report.ts).
  const assignable = mayAssign(actor, scope) ? { me: actor.id, candidates: await assignableReviewers(db, facts) } : null;
  // Possibly the same matter, for a reviewer who may decide (a duplicate is linked by its case number).
  const similar = facts.duplicateOfId ? [] : await findSimilarReports({ actor, reportId: facts.id });
  return { ...toReviewerView(row, { identityRevealable }), actions, agencies, referralActions, appealOpen, assignable, similar };
}

export type ReportPage = Awaited<ReturnType<typeof getReportForReview>>;
export type ReviewerPage = Extract<ReportPage, { viewer: 'reviewer' }>;
export type AgencyPage = Extract<ReportPage, { viewer: 'agency' }>;
