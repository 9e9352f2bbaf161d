import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { agencyReferralSelect, toAgencyView } from '@/lib/reports/report-views';
import { referralTransitionsFrom } from '@/lib/workflow/referral-transitions';
import { referralReach } from './referral-reach';

/**
 * One referral as its agency's liaison sees it in the portal (`/agency/referrals/<id>`): the agency
 * projection (report-views.ts) and the moves the liaison may make now. Only a liaison of that agency:
 * anyone else — another agency, the national office (who work on the report page), a withdrawn
 * referral — gets NOT_FOUND.
 */
export async function getReferralForAgency({ actor, referralId }: { actor: Actor; referralId: string }) {
  if (!z.uuid().safeParse(referralId).success || !actor.roles.includes('AGENCY_LIAISON') || !actor.agencyId) throw new AppError('NOT_FOUND');
  const reach = referralReach({ kind: 'person', actor: { ...actor, roles: ['AGENCY_LIAISON'] } });
  const db = await getDb();
  const row = await db.referral.findFirst({ where: { AND: [{ id: referralId }, reach!] }, select: agencyReferralSelect });
  if (!row) throw new AppError('NOT_FOUND');
  // Nobody moves a referral of a report they submitted (move-referral.ts): no forms to offer them.
  const own = await db.report.count({ where: { id: row.report.id, submitterId: actor.id } });
  const actions = own ? [] : referralTransitionsFrom(row.status, ['AGENCY_LIAISON']).map((t) => ({ action: t.action, requires: t.requires }));
  return { ...toAgencyView(row), actions };
}

export type AgencyReferralPage = Awaited<ReturnType<typeof getReferralForAgency>>;
