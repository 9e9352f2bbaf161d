// How Open311 words meet the referral's own life (lib/workflow/referral-transitions.ts). Pure: the API
// has no rule of its own, it only translates. An agency's system posts one of the FixMyStreet
// "service request updates" statuses; each becomes one move of the referral table, made by
// lib/workflow/move-referral.ts exactly as the portal makes it. Read the other way, a referral's state
// becomes the GeoReport v2 `status` of the request: `open` while the agency still owes something or
// Sajam is waiting on it, `closed` once the agency has answered or said it is the wrong agency.
import type { AgencyOutcome } from '@/lib/generated/prisma/enums';
import { REFERRAL_STATUSES, type ReferralAction, type ReferralStatus } from '@/lib/workflow/referral-transitions';

/** The statuses an agency may post (FixMyStreet's extension, plus CLARIFICATION_REQUESTED for Sajam's clarification loop). */
export const OPEN311_UPDATE_STATUSES = [
  'ACKNOWLEDGED',
  'INVESTIGATING',
  'ACTION_SCHEDULED',
  'IN_PROGRESS',
  'FIXED',
  'NO_FURTHER_ACTION',
  'NOT_RESPONSIBLE',
  'CLARIFICATION_REQUESTED',
] as const;
export type Open311UpdateStatus = (typeof OPEN311_UPDATE_STATUSES)[number];

/** The referral move a posted status makes, and the agency's outcome for an answer. */
export type ReferralMove = {
  action: Extract<ReferralAction, 'acknowledge' | 'progress' | 'respond' | 'decline' | 'requestClarification'>;
  outcome?: AgencyOutcome;
};

const MOVES: Record<Open311UpdateStatus, ReferralMove> = {
  ACKNOWLEDGED: { action: 'acknowledge' },
  // Progress does not change the state; the status the agency sent is kept on the history event.
  INVESTIGATING: { action: 'progress' },
  ACTION_SCHEDULED: { action: 'progress' },
  IN_PROGRESS: { action: 'progress' },
  FIXED: { action: 'respond', outcome: 'FIXED' },
  NO_FURTHER_ACTION: { action: 'respond', outcome: 'NO_FURTHER_ACTION' },
  NOT_RESPONSIBLE: { action: 'decline' },
  CLARIFICATION_REQUESTED: { action: 'requestClarification' },
};

export function referralMoveFor(status: Open311UpdateStatus): ReferralMove {
  return MOVES[status];
}

export type RequestStatus = 'open' | 'closed';

const CLOSED: readonly ReferralStatus[] = ['RESPONDED', 'ACCEPTED', 'DECLINED_NOT_RESPONSIBLE', 'WITHDRAWN'];

/**
 * GeoReport's two states. RESPONDED is closed for the agency: it has answered; should Sajam send the
 * answer back, the request opens again (SENT_BACK) and its updated_datetime moves.
 */
export function requestStatusOf(status: ReferralStatus): RequestStatus {
  return CLOSED.includes(status) ? 'closed' : 'open';
}

/** The referral states a `status=open` / `status=closed` filter selects. */
export function referralStatusesFor(status: RequestStatus): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((s) => requestStatusOf(s) === status);
}
