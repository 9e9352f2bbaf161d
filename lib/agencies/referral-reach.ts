// Which referrals a person (or an agency's API key) reaches: the one rule, for lists, loads and moves.
// The national office reaches every referral; an agency — its liaison or its key — its own, except
// withdrawn ones (a referral made by mistake no longer opens the report to that agency). Anyone else, none.
import type { Actor } from '@/lib/authz';
import type { Prisma } from '@/lib/generated/prisma/client';

/** A person, or an agency's system through its Open311 key (acting as the agency's liaison). */
export type ReferralActor = { kind: 'person'; actor: Actor } | { kind: 'apiKey'; apiKeyId: string; agencyId: string };

/** The referrals this actor reaches, as a Prisma filter; null when none (the caller answers NOT_FOUND or FORBIDDEN). */
export function referralReach(by: ReferralActor): Prisma.ReferralWhereInput | null {
  if (by.kind === 'apiKey') return { agencyId: by.agencyId, status: { not: 'WITHDRAWN' } };
  const { actor } = by;
  if (actor.roles.includes('NATIONAL_OFFICE')) return {};
  if (actor.roles.includes('AGENCY_LIAISON') && actor.agencyId) return { agencyId: actor.agencyId, status: { not: 'WITHDRAWN' } };
  return null;
}
