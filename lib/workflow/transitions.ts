// The report workflow: its states, the moves between them and who may make each move. The one source
// of truth: use cases enforce it, dashboards read it to show exactly the actions a person may take.
import type { Role } from '@/lib/authz';
import type { Decision, ReportStatus } from '@/lib/generated/prisma/enums';
import { FOLLOWS_REFERRALS } from './follow-referrals';

export type { ReportStatus };

/** Every state, in the order a report normally moves through them (for filters and reports). */
export const REPORT_STATUSES: readonly ReportStatus[] = [
  'CORE_REVIEW',
  'PROVINCE_REVIEW',
  'NATIONAL_REVIEW',
  'NEEDS_INFO',
  'APPROVED',
  'REFERRED',
  'ACKNOWLEDGED',
  'RESPONDED',
  'CLOSED',
  'PUBLISHED',
  'REJECTED',
  'WITHDRAWN',
];

export const WORKFLOW_ACTIONS = [
  'approve',
  'reject',
  'return',
  'requestInfo',
  'answerInfo',
  'refer',
  'followReferrals',
  'publish',
  'unpublish',
  'withdraw',
  'markDuplicate',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * What a move does besides changing the state, run inside the same transaction (lib/workflow/effects.ts):
 * - askReporter: the public note becomes a staff message in the reporter's thread;
 * - referToAgencies: a referral to each chosen agency is opened (or a declined/withdrawn one reopened),
 *   with its due dates and the covering note, and each agency's liaisons are told;
 * - linkDuplicate: the report is linked to the original it repeats (chosen by its case number, in scope);
 * - publishSummary: the staff's public summary and the summary of the agency's answer are stored on the
 *   report (issue #16); the public row itself follows the new state (lib/outcomes/sync-public-outcome.ts);
 * - unpublishOutcome: the reason is audited; the public row goes with the state.
 *
 * Once referred, what happens between Sajam and each agency is the referral's own life
 * (lib/workflow/referral-transitions.ts); the report's state follows its referrals by one rule
 * (lib/workflow/follow-referrals.ts), written through the `followReferrals` moves below.
 */
export type Effect = 'askReporter' | 'referToAgencies' | 'linkDuplicate' | 'publishSummary' | 'unpublishOutcome';

/**
 * The reporter acts only through their tracking code (or their own account), never through a role.
 * SYSTEM: a move no person chooses (the report following its referrals); no actor ever holds it.
 */
export type Mover = Role | 'REPORTER' | 'SYSTEM';

/**
 * What a move needs besides the click. `confirm`: the move cannot be undone (a rejection, a referral, a
 * publication), so the form asks the person to tick that they mean it — with or without JavaScript, and
 * checked again on the server. `publicSummary`: the public summary and the summary of the agency's answer
 * (lib/outcomes/public-summary.ts), with "I checked the warnings" ticked when the personal-data check
 * warns. `reason`: why, for the staff only (the step's internal note).
 */
export type Requirement = 'publicNote' | 'agency' | 'confirm' | 'duplicateOf' | 'publicSummary' | 'reason';

export type Transition = {
  from: ReportStatus;
  action: WorkflowAction;
  /** RESUME: back to the stage that asked the question. FOLLOW: where the referrals put it (follow-referrals.ts). */
  to: ReportStatus | 'RESUME' | 'FOLLOW';
  by: Mover;
  decision: Decision;
  requires: readonly Requirement[];
  /** Only for reports that have a core (member reports). */
  needsCore?: true;
  /** Not for a report closed as a duplicate (its outcome is the original's: nothing of its own to publish). */
  notForDuplicates?: true;
  effect?: Effect;
};

export const REVIEW_STAGES = ['CORE_REVIEW', 'PROVINCE_REVIEW', 'NATIONAL_REVIEW'] as const satisfies readonly ReportStatus[];
export type ReviewStage = (typeof REVIEW_STAGES)[number];

const reviewerOf: Record<ReviewStage, Role> = { CORE_REVIEW: 'CORE_HEAD', PROVINCE_REVIEW: 'PROVINCE_STAFF', NATIONAL_REVIEW: 'NATIONAL_OFFICE' };
const nextStage: Record<ReviewStage, ReportStatus> = { CORE_REVIEW: 'PROVINCE_REVIEW', PROVINCE_REVIEW: 'NATIONAL_REVIEW', NATIONAL_REVIEW: 'APPROVED' };

const reviewTransitions: Transition[] = REVIEW_STAGES.flatMap((stage): Transition[] => {
  const by = reviewerOf[stage];
  const moves: Transition[] = [
    { from: stage, action: 'approve', to: nextStage[stage], by, decision: 'APPROVE', requires: [] },
    { from: stage, action: 'reject', to: 'REJECTED', by, decision: 'REJECT', requires: ['publicNote', 'confirm'] },
    { from: stage, action: 'requestInfo', to: 'NEEDS_INFO', by, decision: 'REQUEST_INFO', requires: ['publicNote'], effect: 'askReporter' },
    // The same matter reported again: closed, linked to the original, whose state its reporter then follows.
    { from: stage, action: 'markDuplicate', to: 'CLOSED', by, decision: 'MARK_DUPLICATE', requires: ['duplicateOf', 'confirm'], effect: 'linkDuplicate' },
  ];
  if (stage === 'PROVINCE_REVIEW')
    moves.push({ from: stage, action: 'return', to: 'CORE_REVIEW', by, decision: 'RETURN', requires: ['publicNote'], needsCore: true });
  if (stage === 'NATIONAL_REVIEW') moves.push({ from: stage, action: 'return', to: 'PROVINCE_REVIEW', by, decision: 'RETURN', requires: ['publicNote'] });
  return moves;
});

/** While a report is still being reviewed (or waits for the reporter's answer) its reporter may take it back. */
export const WITHDRAWABLE = [...REVIEW_STAGES, 'NEEDS_INFO'] as const satisfies readonly ReportStatus[];

const withdrawTransitions: Transition[] = WITHDRAWABLE.map((from) => ({
  from,
  action: 'withdraw',
  to: 'WITHDRAWN',
  by: 'REPORTER',
  decision: 'WITHDRAW',
  // The reason is the step's public note: the reviewers and the reporter both read it on the timeline.
  requires: ['publicNote'],
}));

export const transitions: readonly Transition[] = [
  ...reviewTransitions,
  ...withdrawTransitions,
  { from: 'NEEDS_INFO', action: 'answerInfo', to: 'RESUME', by: 'REPORTER', decision: 'ANSWER_INFO', requires: ['publicNote'] },
  // Referring to one or more agencies; while the case is with agencies, more may be added (e.g. after one
  // said it is not responsible). The report then stands where its referrals put it.
  ...(['APPROVED', 'REFERRED', 'ACKNOWLEDGED', 'RESPONDED'] as const).map((from): Transition => ({
    from,
    action: 'refer',
    to: 'FOLLOW',
    by: 'NATIONAL_OFFICE',
    decision: 'REFER',
    requires: ['agency', 'confirm'],
    effect: 'referToAgencies',
  })),
  // A referral moved (lib/workflow/move-referral.ts): the report follows. From CLOSED/PUBLISHED only when the
  // national office upholds the reporter's appeal and sends an accepted answer back.
  ...FOLLOWS_REFERRALS.map((from): Transition => ({ from, action: 'followReferrals', to: 'FOLLOW', by: 'SYSTEM', decision: 'FOLLOW_REFERRALS', requires: [] })),
  {
    from: 'CLOSED',
    action: 'publish',
    to: 'PUBLISHED',
    by: 'NATIONAL_OFFICE',
    decision: 'PUBLISH',
    requires: ['publicSummary', 'confirm'],
    notForDuplicates: true,
    effect: 'publishSummary',
  },
  // Taking an outcome off the public pages (issue #16): back to CLOSED, the summaries kept on the report so a
  // republication starts from them. A moved appeal (followReferrals) also leaves PUBLISHED; either way the
  // public row goes in the same transaction (apply-transition.ts).
  {
    from: 'PUBLISHED',
    action: 'unpublish',
    to: 'CLOSED',
    by: 'NATIONAL_OFFICE',
    decision: 'UNPUBLISH',
    requires: ['reason', 'confirm'],
    effect: 'unpublishOutcome',
  },
];

/** Where a new report enters: member reports at their core, anonymous public reports at the province. */
export function initialStatus(report: { coreId: string | null }): ReviewStage {
  return report.coreId ? 'CORE_REVIEW' : 'PROVINCE_REVIEW';
}

/** The moves out of a state that a mover may make on this report. */
export function transitionsFrom(
  status: ReportStatus,
  movers: readonly Mover[],
  report: { coreId: string | null; escalatedAt?: Date | null; duplicateOfId?: string | null },
): Transition[] {
  return transitions.filter((t) => t.from === status && mayMove(t, movers, report));
}

export function findTransition(status: ReportStatus, action: WorkflowAction): Transition | undefined {
  return transitions.find((t) => t.from === status && t.action === action);
}

/** States after which the reporter's thread is closed: the case is over. */
export const FINISHED: readonly ReportStatus[] = ['REJECTED', 'CLOSED', 'PUBLISHED', 'WITHDRAWN'];

/** Whether the reporter may still write into the thread. */
export function isThreadOpen(status: ReportStatus): boolean {
  return !FINISHED.includes(status);
}

/** Whether no move leads out of this state. */
export function isTerminal(status: ReportStatus): boolean {
  return !transitions.some((t) => t.from === status);
}

export function isReviewStage(status: ReportStatus): status is ReviewStage {
  return (REVIEW_STAGES as readonly ReportStatus[]).includes(status);
}

/**
 * A stage left past its deadline is escalated to the level above, which may then make the stage's
 * moves itself. The national office is the top: its overdue reports are only reminded.
 */
export const ESCALATES_TO: Partial<Record<ReviewStage, Role>> = { CORE_REVIEW: 'PROVINCE_STAFF', PROVINCE_REVIEW: 'NATIONAL_OFFICE' };

/** The roles that review a report at this stage (its own reviewers, then the level escalation reaches). */
export function reviewersOf(stage: ReviewStage): { reviewer: Role; escalation: Role | null } {
  return { reviewer: reviewerOf[stage], escalation: ESCALATES_TO[stage] ?? null };
}

/**
 * The roles that work on a report in this state: those with a move out of it, and the level above once
 * the stage was escalated. A case is assigned among their holders (lib/reports/assign-report.ts).
 */
export function stageRoles(report: { status: ReportStatus; coreId: string | null; escalatedAt?: Date | null }): Role[] {
  const own = transitions
    .filter((t) => t.from === report.status && t.by !== 'REPORTER' && t.by !== 'SYSTEM' && (!t.needsCore || report.coreId !== null))
    .map((t) => t.by as Role);
  const escalation = report.escalatedAt && isReviewStage(report.status) ? ESCALATES_TO[report.status] : undefined;
  return [...new Set([...own, ...(escalation ? [escalation] : [])])];
}

/**
 * Whether a move keeps the case's assignee: asking the reporter for information and their answer stay
 * with the reviewer who asked; any other move hands the case to another stage, which assigns it anew.
 */
export function keepsAssignee(from: ReportStatus, to: ReportStatus): boolean {
  return to === 'NEEDS_INFO' || from === 'NEEDS_INFO';
}

/** Whether these movers may make this move on this report, directly or because the stage was escalated to them. */
export function mayMove(
  t: Transition,
  movers: readonly Mover[],
  report: { coreId: string | null; escalatedAt?: Date | null; duplicateOfId?: string | null },
): boolean {
  if (t.needsCore && report.coreId === null) return false;
  if (t.notForDuplicates && report.duplicateOfId) return false;
  if (movers.includes(t.by)) return true;
  // Escalation lends the stage's own moves, never the reporter's (withdrawing stays theirs alone).
  const escalation = report.escalatedAt && isReviewStage(t.from) && t.by === reviewerOf[t.from] ? ESCALATES_TO[t.from] : undefined;
  return escalation !== undefined && movers.includes(escalation);
}
