import { describe, expect, it } from 'vitest';
import { ReportStatus } from '@/lib/generated/prisma/enums';
import { findTransition, initialStatus, isTerminal, isThreadOpen, mayMove, transitions, transitionsFrom } from './transitions';

const memberReport = { coreId: 'core-1' };
const publicReport = { coreId: null };

describe('the report workflow', () => {
  it('starts member reports at the core and anonymous reports at the province', () => {
    expect(initialStatus(memberReport)).toBe('CORE_REVIEW');
    expect(initialStatus(publicReport)).toBe('PROVINCE_REVIEW');
  });

  it('climbs core head → province → national office → approved', () => {
    expect(findTransition('CORE_REVIEW', 'approve')).toMatchObject({ to: 'PROVINCE_REVIEW', by: 'CORE_HEAD' });
    expect(findTransition('PROVINCE_REVIEW', 'approve')).toMatchObject({ to: 'NATIONAL_REVIEW', by: 'PROVINCE_STAFF' });
    expect(findTransition('NATIONAL_REVIEW', 'approve')).toMatchObject({ to: 'APPROVED', by: 'NATIONAL_OFFICE' });
  });

  it('lets each review stage reject and ask a question, with a note the reporter sees; a rejection must be confirmed', () => {
    for (const stage of ['CORE_REVIEW', 'PROVINCE_REVIEW', 'NATIONAL_REVIEW'] as const) {
      expect(findTransition(stage, 'reject')).toMatchObject({ to: 'REJECTED', requires: ['publicNote', 'confirm'] });
      expect(findTransition(stage, 'requestInfo')).toMatchObject({ to: 'NEEDS_INFO', requires: ['publicNote'] });
    }
    expect(findTransition('NEEDS_INFO', 'answerInfo')).toMatchObject({ to: 'RESUME', by: 'REPORTER' });
  });

  it('asks for a confirmation on the moves that cannot be undone (reject, close as a duplicate, refer) and on those that change what the public sees (publish, unpublish)', () => {
    expect([...new Set(transitions.filter((t) => t.requires.includes('confirm')).map((t) => t.action))].sort()).toEqual([
      'markDuplicate',
      'publish',
      'refer',
      'reject',
      'unpublish',
    ]);
  });

  it('publishes a closed case with both public summaries, and takes it back with a reason, both by the national office', () => {
    expect(findTransition('CLOSED', 'publish')).toMatchObject({
      to: 'PUBLISHED',
      by: 'NATIONAL_OFFICE',
      decision: 'PUBLISH',
      requires: ['publicSummary', 'confirm'],
      effect: 'publishSummary',
    });
    expect(findTransition('PUBLISHED', 'unpublish')).toMatchObject({
      to: 'CLOSED',
      by: 'NATIONAL_OFFICE',
      decision: 'UNPUBLISH',
      requires: ['reason', 'confirm'],
      effect: 'unpublishOutcome',
    });
    // Only these two moves ask for the summaries or a staff-only reason.
    expect(transitions.filter((t) => t.requires.includes('publicSummary')).map((t) => t.action)).toEqual(['publish']);
    expect(transitions.filter((t) => t.requires.includes('reason')).map((t) => t.action)).toEqual(['unpublish']);
    // A duplicate has no outcome of its own to publish; nobody else may publish or unpublish.
    expect(mayMove(findTransition('CLOSED', 'publish')!, ['NATIONAL_OFFICE'], { coreId: null, duplicateOfId: 'original' })).toBe(false);
    expect(transitionsFrom('PUBLISHED', ['PROVINCE_STAFF', 'CORE_HEAD', 'AGENCY_LIAISON', 'ADMIN'], memberReport)).toEqual([]);
    expect(transitionsFrom('PUBLISHED', ['NATIONAL_OFFICE'], memberReport).map((t) => t.action)).toEqual(['unpublish']);
  });

  it('returns one level down, and only to a core when the report has one', () => {
    expect(findTransition('NATIONAL_REVIEW', 'return')).toMatchObject({ to: 'PROVINCE_REVIEW' });
    expect(transitionsFrom('PROVINCE_REVIEW', ['PROVINCE_STAFF'], memberReport).map((t) => t.action)).toEqual([
      'approve',
      'reject',
      'requestInfo',
      'markDuplicate',
      'return',
    ]);
    expect(transitionsFrom('PROVINCE_REVIEW', ['PROVINCE_STAFF'], publicReport).map((t) => t.action)).toEqual([
      'approve',
      'reject',
      'requestInfo',
      'markDuplicate',
    ]);
    expect(findTransition('CORE_REVIEW', 'return')).toBeUndefined();
  });

  it('offers nothing to a role that does not own the stage', () => {
    expect(transitionsFrom('CORE_REVIEW', ['PROVINCE_STAFF', 'MEMBER'], memberReport)).toEqual([]);
    expect(transitionsFrom('NATIONAL_REVIEW', ['CORE_HEAD', 'PROVINCE_STAFF'], memberReport)).toEqual([]);
    // At REFERRED the national office may add agencies; what the agency does is its referral's life
    // (referral-transitions.ts), and the report follows (followReferrals: nobody's move).
    expect(transitionsFrom('REFERRED', ['NATIONAL_OFFICE'], memberReport).map((t) => t.action)).toEqual(['refer']);
    expect(transitionsFrom('REFERRED', ['AGENCY_LIAISON'], memberReport)).toEqual([]);
    expect(transitionsFrom('REFERRED', ['SYSTEM'], memberReport).map((t) => t.action)).toEqual(['followReferrals']);
  });

  it('has exactly one move per state and action, none out of REJECTED, and out of PUBLISHED only unpublishing or following an appeal', () => {
    const keys = transitions.map((t) => `${t.from}:${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(transitions.filter((t) => t.from === 'REJECTED')).toEqual([]);
    expect(transitions.filter((t) => t.from === 'PUBLISHED').map((t) => [t.action, t.by, t.to])).toEqual([
      ['followReferrals', 'SYSTEM', 'FOLLOW'],
      ['unpublish', 'NATIONAL_OFFICE', 'CLOSED'],
    ]);
    for (const t of transitions) expect(Object.values(ReportStatus)).toContain(t.from);
  });

  it("lets the level above make a stage's moves only once the stage is escalated to it", () => {
    const memberReport = { coreId: 'core-1', escalatedAt: null };
    const escalated = { coreId: 'core-1', escalatedAt: new Date() };
    expect(transitionsFrom('CORE_REVIEW', ['PROVINCE_STAFF'], memberReport)).toEqual([]);
    expect(
      transitionsFrom('CORE_REVIEW', ['PROVINCE_STAFF'], escalated)
        .map((t) => t.action)
        .sort(),
    ).toEqual(['approve', 'markDuplicate', 'reject', 'requestInfo']);
    expect(
      transitionsFrom('PROVINCE_REVIEW', ['NATIONAL_OFFICE'], escalated)
        .map((t) => t.action)
        .sort(),
    ).toEqual(['approve', 'markDuplicate', 'reject', 'requestInfo', 'return']);
    // Escalation skips no level: the national office cannot take a core's stage, nobody takes the national one.
    expect(transitionsFrom('CORE_REVIEW', ['NATIONAL_OFFICE'], escalated)).toEqual([]);
    expect(transitionsFrom('NATIONAL_REVIEW', ['ADMIN', 'PROVINCE_STAFF'], escalated)).toEqual([]);
    // Escalation never opens the agency's or the reporter's moves.
    expect(transitionsFrom('REFERRED', ['NATIONAL_OFFICE'], escalated).map((t) => t.action)).toEqual(['refer']);
    expect(transitionsFrom('NEEDS_INFO', ['NATIONAL_OFFICE', 'PROVINCE_STAFF'], escalated)).toEqual([]);
    expect(mayMove(findTransition('CORE_REVIEW', 'approve')!, ['CORE_HEAD'], escalated)).toBe(true);
  });

  it('lets only the reporter withdraw, with a reason, while the report is under review', () => {
    for (const from of ['CORE_REVIEW', 'PROVINCE_REVIEW', 'NATIONAL_REVIEW', 'NEEDS_INFO'] as const)
      expect(findTransition(from, 'withdraw')).toMatchObject({ to: 'WITHDRAWN', by: 'REPORTER', decision: 'WITHDRAW', requires: ['publicNote'] });
    for (const from of ['APPROVED', 'REFERRED', 'ACKNOWLEDGED', 'RESPONDED', 'CLOSED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'] as const)
      expect(findTransition(from, 'withdraw')).toBeUndefined();
    expect(isTerminal('WITHDRAWN')).toBe(true);
    expect(isThreadOpen('WITHDRAWN')).toBe(false);
    // No reviewer, escalated or not, may withdraw in the reporter's place.
    const escalated = { coreId: 'core-1', escalatedAt: new Date() };
    expect(mayMove(findTransition('CORE_REVIEW', 'withdraw')!, ['CORE_HEAD', 'PROVINCE_STAFF', 'NATIONAL_OFFICE'], escalated)).toBe(false);
    expect(transitionsFrom('PROVINCE_REVIEW', ['PROVINCE_STAFF', 'NATIONAL_OFFICE'], escalated).map((t) => t.action)).not.toContain('withdraw');
    expect(mayMove(findTransition('NEEDS_INFO', 'withdraw')!, ['REPORTER'], escalated)).toBe(true);
  });
});
