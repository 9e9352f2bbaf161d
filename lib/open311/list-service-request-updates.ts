import 'server-only';
import { getDb } from '@/lib/db/client';
import { agencyReferralSelect } from '@/lib/reports/report-views';
import type { Open311Reader } from './list-service-requests';
import { mediaHref } from './media-href';
import type { UpdatesQuery } from './query';
import { liveReferralWhere } from './reach';
import type { ServiceRequestUpdate } from './schemas';
import { toServiceRequestUpdate } from './to-service-request';

/** The steps an agency sees of its referrals: the agency projection's own list (report-views.ts). */
const AGENCY_SEES = agencyReferralSelect.events.where;

/**
 * servicerequestupdates.{fmt} GET: the steps of this agency's live referrals in the window, oldest
 * first — its own updates and Sajam's (a question answered, an answer sent back or accepted, a reminder).
 * Read by the ReferralEvent (agencyId, createdAt) index.
 */
export async function listServiceRequestUpdates({ reader, query }: { reader: Open311Reader; query: UpdatesQuery }): Promise<ServiceRequestUpdate[]> {
  const db = await getDb();
  const now = reader.now ?? new Date();
  const rows = await db.referralEvent.findMany({
    where: {
      agencyId: reader.agencyId,
      ...AGENCY_SEES,
      createdAt: { gte: query.window.from, lte: query.window.to },
      referral: liveReferralWhere,
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    skip: (query.paging.page - 1) * query.paging.pageSize,
    take: query.paging.pageSize,
    select: {
      id: true,
      referralId: true,
      kind: true,
      toStatus: true,
      note: true,
      agencyStatus: true,
      updateId: true,
      createdAt: true,
      referral: { select: { status: true } },
      attachments: { orderBy: { createdAt: 'asc' }, select: { id: true } },
    },
  });
  return rows.map((e) =>
    toServiceRequestUpdate({ ...e, currentStatus: e.referral.status, attachmentIds: e.attachments.map((a) => a.id) }, (attachmentId) =>
      mediaHref(reader.baseUrl, attachmentId, e.referralId, now),
    ),
  );
}
