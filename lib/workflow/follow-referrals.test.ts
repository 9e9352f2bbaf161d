import { describe, expect, it } from 'vitest';
import { reportStateFromReferrals } from './follow-referrals';
import { findReferralTransition, REFERRAL_STATUSES, referralTransitions, referralTransitionsFrom } from './referral-transitions';

const r = (status: Parameters<typeof reportStateFromReferrals>[0][number]['status'], resolution: 'RESOLVED' | 'UNRESOLVED' | null = null) => ({
  status,
  resolution,
});

describe('the report follows its referrals', () => {
  it('states the rule for one and for several agencies', () => {
    expect(reportStateFromReferrals([])).toEqual({ status: 'APPROVED', resolution: null });
    expect(reportStateFromReferrals([r('PENDING')]).status).toBe('REFERRED');
    expect(reportStateFromReferrals([r('PENDING'), r('PENDING')]).status).toBe('REFERRED');
    expect(reportStateFromReferrals([r('PENDING'), r('ACKNOWLEDGED')]).status).toBe('ACKNOWLEDGED');
    expect(reportStateFromReferrals([r('CLARIFICATION_REQUESTED')]).status).toBe('ACKNOWLEDGED');
    expect(reportStateFromReferrals([r('SENT_BACK'), r('RESPONDED')]).status).toBe('ACKNOWLEDGED');
    // RESPONDED only when every live referral is answered; CLOSED when every one is accepted.
    expect(reportStateFromReferrals([r('RESPONDED'), r('PENDING')]).status).toBe('ACKNOWLEDGED');
    expect(reportStateFromReferrals([r('RESPONDED'), r('ACCEPTED', 'RESOLVED')]).status).toBe('RESPONDED');
    expect(reportStateFromReferrals([r('ACCEPTED', 'RESOLVED'), r('ACCEPTED', 'RESOLVED')])).toEqual({ status: 'CLOSED', resolution: 'RESOLVED' });
    expect(reportStateFromReferrals([r('ACCEPTED', 'RESOLVED'), r('ACCEPTED', 'UNRESOLVED')])).toEqual({ status: 'CLOSED', resolution: 'UNRESOLVED' });
  });

  it('leaves out referrals that ended without an answer (declined, withdrawn)', () => {
    expect(reportStateFromReferrals([r('DECLINED_NOT_RESPONSIBLE')]).status).toBe('APPROVED');
    expect(reportStateFromReferrals([r('WITHDRAWN'), r('DECLINED_NOT_RESPONSIBLE')]).status).toBe('APPROVED');
    expect(reportStateFromReferrals([r('DECLINED_NOT_RESPONSIBLE'), r('ACCEPTED', 'RESOLVED')])).toEqual({ status: 'CLOSED', resolution: 'RESOLVED' });
    expect(reportStateFromReferrals([r('WITHDRAWN'), r('PENDING')]).status).toBe('REFERRED');
  });
});

describe('the referral transition table', () => {
  it('has one move per state and action, and the agency and the national office each their own', () => {
    const keys = referralTransitions.map((t) => `${t.from}:${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of referralTransitions) expect(REFERRAL_STATUSES).toContain(t.to);
    expect(referralTransitionsFrom('PENDING', ['AGENCY_LIAISON']).map((t) => t.action)).toEqual([
      'acknowledge',
      'progress',
      'requestClarification',
      'respond',
      'decline',
    ]);
    expect(referralTransitionsFrom('PENDING', ['NATIONAL_OFFICE']).map((t) => t.action)).toEqual(['withdraw']);
    expect(referralTransitionsFrom('RESPONDED', ['NATIONAL_OFFICE']).map((t) => t.action)).toEqual(['accept', 'sendBack']);
    expect(referralTransitionsFrom('RESPONDED', ['AGENCY_LIAISON'])).toEqual([]);
    expect(referralTransitionsFrom('CLARIFICATION_REQUESTED', ['NATIONAL_OFFICE']).map((t) => t.action)).toEqual(['clarify', 'relayToReporter']);
    expect(referralTransitionsFrom('SENT_BACK', ['AGENCY_LIAISON']).map((t) => t.action)).toContain('acknowledge');
  });

  it('ends where nothing leads out, and reopens an accepted answer only on an open appeal', () => {
    for (const end of ['DECLINED_NOT_RESPONSIBLE', 'WITHDRAWN'] as const) expect(referralTransitions.filter((t) => t.from === end)).toEqual([]);
    expect(referralTransitionsFrom('ACCEPTED', ['NATIONAL_OFFICE'])).toEqual([]);
    expect(referralTransitionsFrom('ACCEPTED', ['NATIONAL_OFFICE'], { appealOpen: true }).map((t) => t.action)).toEqual(['reopenOnAppeal']);
    expect(findReferralTransition('ACCEPTED', 'reopenOnAppeal')).toMatchObject({ to: 'SENT_BACK', requires: ['note'] });
    expect(findReferralTransition('RESPONDED', 'accept')).toMatchObject({ requires: ['resolution', 'confirm'] });
  });
});
