import { describe, expect, it } from 'vitest';
import { REFERRAL_STATUSES, findReferralTransition, referralTransitions } from '@/lib/workflow/referral-transitions';
import { OPEN311_UPDATE_STATUSES, referralMoveFor, referralStatusesFor, requestStatusOf } from './status-mapping';

describe('Open311 statuses → referral moves', () => {
  it('maps each posted status to the move the issue names', () => {
    expect(Object.fromEntries(OPEN311_UPDATE_STATUSES.map((s) => [s, referralMoveFor(s)]))).toEqual({
      ACKNOWLEDGED: { action: 'acknowledge' },
      INVESTIGATING: { action: 'progress' },
      ACTION_SCHEDULED: { action: 'progress' },
      IN_PROGRESS: { action: 'progress' },
      FIXED: { action: 'respond', outcome: 'FIXED' },
      NO_FURTHER_ACTION: { action: 'respond', outcome: 'NO_FURTHER_ACTION' },
      NOT_RESPONSIBLE: { action: 'decline' },
      CLARIFICATION_REQUESTED: { action: 'requestClarification' },
    });
  });

  it('only ever asks for moves the agency makes in the referral table', () => {
    for (const status of OPEN311_UPDATE_STATUSES) {
      const { action } = referralMoveFor(status);
      const moves = referralTransitions.filter((t) => t.action === action);
      expect(moves.length, status).toBeGreaterThan(0);
      expect(
        moves.every((t) => t.by === 'AGENCY_LIAISON'),
        status,
      ).toBe(true);
    }
  });

  it('lets a new referral be answered, declined, questioned or progressed straight away, as the portal does', () => {
    for (const status of OPEN311_UPDATE_STATUSES) expect(findReferralTransition('PENDING', referralMoveFor(status).action), status).toBeDefined();
  });
});

describe('referral state → GeoReport status', () => {
  it('is open while the agency or Sajam still works on it, closed once answered, accepted or declined', () => {
    expect(Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, requestStatusOf(s)]))).toEqual({
      PENDING: 'open',
      ACKNOWLEDGED: 'open',
      CLARIFICATION_REQUESTED: 'open',
      SENT_BACK: 'open',
      RESPONDED: 'closed',
      ACCEPTED: 'closed',
      DECLINED_NOT_RESPONSIBLE: 'closed',
      WITHDRAWN: 'closed',
    });
  });

  it('filters on open and closed split every state exactly once', () => {
    const open = referralStatusesFor('open');
    const closed = referralStatusesFor('closed');
    expect([...open, ...closed].sort()).toEqual([...REFERRAL_STATUSES].sort());
    expect(open.filter((s) => closed.includes(s))).toEqual([]);
  });
});
