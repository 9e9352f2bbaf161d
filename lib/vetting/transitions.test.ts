import { describe, expect, it } from 'vitest';
import { ApplicationStatus } from '@/lib/generated/prisma/enums';
import { formatMembershipCode } from './membership-code';
import { findVettingTransition, vettingActionsFrom, vettingTransitions } from './transitions';

describe('vetting pipeline', () => {
  it('runs submitted → details → identity → inquiries → approved, the applicant only submitting', () => {
    expect(vettingActionsFrom('DRAFT', 'APPLICANT')).toEqual(['submit']);
    expect(vettingActionsFrom('CORRECTION_REQUESTED', 'APPLICANT')).toEqual(['submit']);
    expect(vettingActionsFrom('SUBMITTED', 'VETTER').sort()).toEqual(['reject', 'startReview']);
    expect(vettingActionsFrom('DETAILS_REVIEW', 'VETTER').sort()).toEqual(['confirmDetails', 'reject', 'requestCorrection']);
    expect(vettingActionsFrom('IDENTITY_VERIFICATION', 'VETTER').sort()).toEqual(['reject', 'requestCorrection', 'verifyIdentity']);
    expect(vettingActionsFrom('INQUIRIES', 'VETTER').sort()).toEqual(['approve', 'reject', 'runInquiries']);
  });

  it('ends at APPROVED and REJECTED, and never lets the applicant vet', () => {
    expect(vettingActionsFrom('APPROVED', 'VETTER')).toEqual([]);
    expect(vettingActionsFrom('REJECTED', 'VETTER')).toEqual([]);
    expect(vettingActionsFrom('REJECTED', 'APPLICANT')).toEqual([]);
    expect(findVettingTransition('SUBMITTED', 'approve')).toBeUndefined();
    for (const t of vettingTransitions) for (const s of t.from) expect(Object.values(ApplicationStatus)).toContain(s);
  });

  it('requires a note to reject or ask for a correction', () => {
    expect(findVettingTransition('DETAILS_REVIEW', 'reject')?.requiresNote).toBe(true);
    expect(findVettingTransition('DETAILS_REVIEW', 'requestCorrection')?.requiresNote).toBe(true);
    expect(findVettingTransition('DETAILS_REVIEW', 'confirmDetails')?.requiresNote).toBeUndefined();
  });

  it('names what each move does: checks on the two check moves, membership granted only by approval after both guards', () => {
    const named = vettingTransitions.map((t) => [t.action, t.check ?? null, t.guards ?? [], t.effect ?? null]);
    expect(named.filter(([, check]) => check)).toEqual([
      ['verifyIdentity', 'identity', [], null],
      ['runInquiries', 'inquiries', [], null],
    ]);
    expect(named.filter(([, , , effect]) => effect)).toEqual([['approve', null, ['checksCleared', 'oneMembershipPerPerson'], 'grantMembership']]);
    // A move whose state the check decides says where a pass leads.
    for (const t of vettingTransitions) if (t.to === null) expect(t.check && t.passTo, t.action).toBeTruthy();
  });

  it('writes membership codes as province-year-sequence', () => {
    expect(formatMembershipCode('04', 1405, 42)).toBe('04-1405-00042');
  });
});
