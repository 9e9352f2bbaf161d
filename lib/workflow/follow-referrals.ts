// The rule by which a referred report's state follows its referrals (issue #14). The report moves only
// through applyTransition; this says where to. Ended referrals (declined, withdrawn) do not count.
//
//   no live referral                       → APPROVED   (staff re-route it)
//   every live referral ACCEPTED           → CLOSED     (RESOLVED only if every accepted answer resolved it)
//   every live referral RESPONDED/ACCEPTED → RESPONDED  (waiting for staff to evaluate)
//   every live referral PENDING            → REFERRED   (no agency has taken it up yet)
//   otherwise                              → ACKNOWLEDGED
import type { ReportStatus, Resolution } from '@/lib/generated/prisma/enums';
import { REFERRAL_ENDED_WITHOUT_ANSWER, type ReferralStatus } from './referral-transitions';

/** The report states that the referrals decide (and from which the rule may move a report). */
export const FOLLOWS_REFERRALS: readonly ReportStatus[] = ['APPROVED', 'REFERRED', 'ACKNOWLEDGED', 'RESPONDED', 'CLOSED', 'PUBLISHED'];

export type FollowedState = { status: Extract<ReportStatus, 'APPROVED' | 'REFERRED' | 'ACKNOWLEDGED' | 'RESPONDED' | 'CLOSED'>; resolution: Resolution | null };

export function reportStateFromReferrals(referrals: readonly { status: ReferralStatus; resolution: Resolution | null }[]): FollowedState {
  const live = referrals.filter((r) => !REFERRAL_ENDED_WITHOUT_ANSWER.includes(r.status));
  if (live.length === 0) return { status: 'APPROVED', resolution: null };
  if (live.every((r) => r.status === 'ACCEPTED'))
    return { status: 'CLOSED', resolution: live.every((r) => r.resolution === 'RESOLVED') ? 'RESOLVED' : 'UNRESOLVED' };
  if (live.every((r) => r.status === 'RESPONDED' || r.status === 'ACCEPTED')) return { status: 'RESPONDED', resolution: null };
  if (live.every((r) => r.status === 'PENDING')) return { status: 'REFERRED', resolution: null };
  return { status: 'ACKNOWLEDGED', resolution: null };
}
