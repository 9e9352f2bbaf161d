// A referral's own life (issue #14): the moves between its states and who makes each. The one source of
// truth, like transitions.ts for the report: the portal, the staff's report page and the Open311 API all
// move a referral through lib/workflow/move-referral.ts, which enforces this table.
//
//   PENDING ─acknowledge→ ACKNOWLEDGED ─requestClarification→ CLARIFICATION_REQUESTED ─clarify→ ACKNOWLEDGED
//   ACKNOWLEDGED ─respond→ RESPONDED ─accept→ ACCEPTED   (the report closes when every live referral is accepted)
//                          RESPONDED ─sendBack→ SENT_BACK ─acknowledge→ ACKNOWLEDGED
//   PENDING | ACKNOWLEDGED | SENT_BACK ─decline→ DECLINED_NOT_RESPONSIBLE (staff re-route)
//   PENDING ─withdraw→ WITHDRAWN (a referral made by mistake)
//   ACCEPTED ─reopenOnAppeal→ SENT_BACK (the national office upholds the reporter's appeal)
//
// An agency that answers, asks or reports progress has plainly received the referral: those moves are
// open from PENDING and SENT_BACK too, and record the acknowledgement with them (acknowledgedAt).
import type { ReferralEventKind, ReferralStatus } from '@/lib/generated/prisma/enums';
import type { Role } from '@/lib/authz';

export type { ReferralEventKind, ReferralStatus };

export const REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'PENDING',
  'ACKNOWLEDGED',
  'CLARIFICATION_REQUESTED',
  'RESPONDED',
  'SENT_BACK',
  'ACCEPTED',
  'DECLINED_NOT_RESPONSIBLE',
  'WITHDRAWN',
];

export const REFERRAL_ACTIONS = [
  'acknowledge',
  'progress',
  'requestClarification',
  'clarify',
  'relayToReporter',
  'respond',
  'decline',
  'accept',
  'sendBack',
  'withdraw',
  'reopenOnAppeal',
] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** Who acts: the agency through its liaison (portal or API key), or the national office. */
export type ReferralMover = Extract<Role, 'AGENCY_LIAISON' | 'NATIONAL_OFFICE'>;

/** What a move needs besides the click: words (`note`), a resolution, a ticked confirmation. */
export type ReferralRequirement = 'note' | 'resolution' | 'confirm';

export type ReferralTransition = {
  from: ReferralStatus;
  action: ReferralAction;
  /** The same state for moves that only add to the history (progress, relaying a question). */
  to: ReferralStatus;
  by: ReferralMover;
  event: ReferralEventKind;
  requires: readonly ReferralRequirement[];
  /** Only when the reporter's appeal is open (lib/agencies/decide-appeal.ts). */
  onAppeal?: true;
};

const AGENCY: ReferralMover = 'AGENCY_LIAISON';
const NATIONAL: ReferralMover = 'NATIONAL_OFFICE';

/** The states in which the agency is working on it (it may answer, ask, report progress or decline). */
const AGENCY_WORKING: readonly ReferralStatus[] = ['PENDING', 'ACKNOWLEDGED', 'SENT_BACK'];

export const referralTransitions: readonly ReferralTransition[] = [
  { from: 'PENDING', action: 'acknowledge', to: 'ACKNOWLEDGED', by: AGENCY, event: 'ACKNOWLEDGED', requires: [] },
  { from: 'SENT_BACK', action: 'acknowledge', to: 'ACKNOWLEDGED', by: AGENCY, event: 'ACKNOWLEDGED', requires: [] },
  ...AGENCY_WORKING.flatMap((from): ReferralTransition[] => [
    { from, action: 'progress', to: 'ACKNOWLEDGED', by: AGENCY, event: 'PROGRESS', requires: ['note'] },
    { from, action: 'requestClarification', to: 'CLARIFICATION_REQUESTED', by: AGENCY, event: 'CLARIFICATION_REQUESTED', requires: ['note'] },
    { from, action: 'respond', to: 'RESPONDED', by: AGENCY, event: 'RESPONDED', requires: ['note'] },
    { from, action: 'decline', to: 'DECLINED_NOT_RESPONSIBLE', by: AGENCY, event: 'DECLINED_NOT_RESPONSIBLE', requires: ['note'] },
  ]),
  { from: 'CLARIFICATION_REQUESTED', action: 'clarify', to: 'ACKNOWLEDGED', by: NATIONAL, event: 'CLARIFIED', requires: ['note'] },
  {
    from: 'CLARIFICATION_REQUESTED',
    action: 'relayToReporter',
    to: 'CLARIFICATION_REQUESTED',
    by: NATIONAL,
    event: 'RELAYED_TO_REPORTER',
    requires: ['note'],
  },
  { from: 'RESPONDED', action: 'accept', to: 'ACCEPTED', by: NATIONAL, event: 'ACCEPTED', requires: ['resolution', 'confirm'] },
  { from: 'RESPONDED', action: 'sendBack', to: 'SENT_BACK', by: NATIONAL, event: 'SENT_BACK', requires: ['note'] },
  { from: 'PENDING', action: 'withdraw', to: 'WITHDRAWN', by: NATIONAL, event: 'WITHDRAWN', requires: ['note'] },
  { from: 'ACCEPTED', action: 'reopenOnAppeal', to: 'SENT_BACK', by: NATIONAL, event: 'REOPENED_ON_APPEAL', requires: ['note'], onAppeal: true },
];

export function findReferralTransition(from: ReferralStatus, action: ReferralAction): ReferralTransition | undefined {
  return referralTransitions.find((t) => t.from === from && t.action === action);
}

/** The moves out of this state that these roles may make (appeal moves only while an appeal is open). */
export function referralTransitionsFrom(from: ReferralStatus, roles: readonly Role[], o: { appealOpen?: boolean } = {}): ReferralTransition[] {
  return referralTransitions.filter((t) => t.from === from && roles.includes(t.by) && (!t.onAppeal || o.appealOpen === true));
}

/** Referrals that no longer count for the report: declined by the agency, or withdrawn by staff. */
export const REFERRAL_ENDED_WITHOUT_ANSWER: readonly ReferralStatus[] = ['DECLINED_NOT_RESPONSIBLE', 'WITHDRAWN'];

/** Referral states in which the agency has answered (its answer is shown to the reporter). */
export const REFERRAL_ANSWERED: readonly ReferralStatus[] = ['RESPONDED', 'ACCEPTED'];

/** States in which the agency still owes something, and so may be reminded or escalated. */
export const REFERRAL_AWAITING_AGENCY: readonly ReferralStatus[] = ['PENDING', 'ACKNOWLEDGED', 'SENT_BACK'];

/** Whether the agency may still see the referral's report (withdrawn referrals close it to them). */
export function referralOpensReport(status: ReferralStatus): boolean {
  return status !== 'WITHDRAWN';
}
