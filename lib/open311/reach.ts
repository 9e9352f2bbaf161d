import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The referrals an agency's key reaches: its own, except withdrawn ones — the same rule as the portal
 * (lib/workflow/move-referral.ts `reachWhere`, lib/authz/scope.ts): a referral made by mistake and taken
 * back no longer opens the report to the agency. Another agency's referral is as absent as none.
 */
export const liveReferralWhere = { status: { not: 'WITHDRAWN' } } as const satisfies Prisma.ReferralWhereInput;

export function agencyReferralsWhere(agencyId: string): Prisma.ReferralWhereInput {
  return { agencyId, ...liveReferralWhere };
}
