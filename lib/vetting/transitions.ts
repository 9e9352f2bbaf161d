// The vetting pipeline: its states, moves and who makes them. The same shape as the report workflow:
// a table is the only source of truth, and every move is one transaction with optimistic locking.
import type { ApplicationStatus } from '@/lib/generated/prisma/enums';

export type VettingAction = 'submit' | 'startReview' | 'requestCorrection' | 'confirmDetails' | 'verifyIdentity' | 'runInquiries' | 'approve' | 'reject';

export type VettingMover = 'APPLICANT' | 'VETTER';

/** Outside checks a move runs before its transaction (they may be slow): lib/vetting/effects.ts `vettingChecks`. */
export type VettingCheck = 'identity' | 'inquiries';
/** A condition checked before the move (lib/vetting/effects.ts `vettingGuards`). */
export type VettingGuard = 'checksCleared' | 'oneMembershipPerPerson';
/** What a move does besides changing the state, in its transaction (lib/vetting/effects.ts `vettingEffects`). */
export type VettingEffect = 'grantMembership';

export type VettingTransition = {
  from: readonly ApplicationStatus[];
  action: VettingAction;
  /** null: the state is decided by the check's answer: passed → `passTo`, failed → stays. */
  to: ApplicationStatus | null;
  passTo?: ApplicationStatus;
  by: VettingMover;
  requiresNote?: true;
  /** Cannot be undone (issuing a membership code, a rejection): the vetter ticks that they mean it. */
  requiresConfirm?: true;
  check?: VettingCheck;
  guards?: readonly VettingGuard[];
  effect?: VettingEffect;
};

/** Every state, in pipeline order (for filters). */
export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'DETAILS_REVIEW',
  'CORRECTION_REQUESTED',
  'IDENTITY_VERIFICATION',
  'INQUIRIES',
  'APPROVED',
  'REJECTED',
] as const satisfies readonly ApplicationStatus[];
/** Waiting for the vetters. */
export const UNDER_REVIEW: readonly ApplicationStatus[] = ['SUBMITTED', 'DETAILS_REVIEW', 'IDENTITY_VERIFICATION', 'INQUIRIES'];
/** The way to approval, step by step (what the applicant sees as progress). */
export const PIPELINE: readonly ApplicationStatus[] = ['SUBMITTED', 'DETAILS_REVIEW', 'IDENTITY_VERIFICATION', 'INQUIRIES', 'APPROVED'];

/** The decisions an applicant is told of by message (lib/vetting/vet-application.ts); the rest they see on /application. */
export const APPLICANT_HEARS = ['APPROVED', 'CORRECTION_REQUESTED', 'REJECTED'] as const satisfies readonly ApplicationStatus[];

export const vettingTransitions: readonly VettingTransition[] = [
  { from: ['DRAFT', 'CORRECTION_REQUESTED'], action: 'submit', to: 'SUBMITTED', by: 'APPLICANT' },
  { from: ['SUBMITTED'], action: 'startReview', to: 'DETAILS_REVIEW', by: 'VETTER' },
  // Also after a failed identity match: the applicant may have mistyped their national code or mobile.
  { from: ['DETAILS_REVIEW', 'IDENTITY_VERIFICATION'], action: 'requestCorrection', to: 'CORRECTION_REQUESTED', by: 'VETTER', requiresNote: true },
  { from: ['DETAILS_REVIEW'], action: 'confirmDetails', to: 'IDENTITY_VERIFICATION', by: 'VETTER' },
  // Passes on to INQUIRIES when the identity provider matches; otherwise stays, with the failed check recorded.
  { from: ['IDENTITY_VERIFICATION'], action: 'verifyIdentity', to: null, passTo: 'INQUIRIES', by: 'VETTER', check: 'identity' },
  { from: ['INQUIRIES'], action: 'runInquiries', to: 'INQUIRIES', by: 'VETTER', check: 'inquiries' },
  // Approval issues the membership code and the MEMBER role (and ends the person's sessions, so the role takes effect).
  {
    from: ['INQUIRIES'],
    action: 'approve',
    to: 'APPROVED',
    by: 'VETTER',
    guards: ['checksCleared', 'oneMembershipPerPerson'],
    effect: 'grantMembership',
    requiresConfirm: true,
  },
  { from: UNDER_REVIEW, action: 'reject', to: 'REJECTED', by: 'VETTER', requiresNote: true, requiresConfirm: true },
];

export function findVettingTransition(status: ApplicationStatus, action: VettingAction): VettingTransition | undefined {
  return vettingTransitions.find((t) => t.action === action && t.from.includes(status));
}

export function vettingActionsFrom(status: ApplicationStatus, by: VettingMover): VettingAction[] {
  return vettingTransitions.filter((t) => t.by === by && t.from.includes(status)).map((t) => t.action);
}

/** The applicant may change their answers: the states the applicant's `submit` leaves from. */
export const EDITABLE: readonly ApplicationStatus[] = vettingTransitions.find((t) => t.action === 'submit')!.from;

export function isEditable(status: ApplicationStatus): boolean {
  return EDITABLE.includes(status);
}

/** A decision was taken (and its note, if any, is for the applicant). */
export function isDecided(status: ApplicationStatus): boolean {
  return status === 'APPROVED' || status === 'REJECTED';
}
