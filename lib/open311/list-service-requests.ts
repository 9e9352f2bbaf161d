import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { agencyReferralSelect, toAgencyView } from '@/lib/reports/report-views';
import { mediaHref } from './media-href';
import type { RequestsQuery } from './query';
import { agencyReferralsWhere } from './reach';
import type { ServiceRequest } from './schemas';
import { referralStatusesFor } from './status-mapping';
import { toServiceRequest } from './to-service-request';

export type Open311Reader = { agencyId: string; locale: 'fa' | 'en'; baseUrl: string; now?: Date };

/**
 * requests.{fmt}: this agency's live referrals as service requests, through the agency projection.
 * By ids (unknown ones, and other agencies', are simply absent), or searched: newest referral first,
 * or with updated_after, oldest change first (so a system can follow changes page by page).
 */
export async function listServiceRequests({ reader, query }: { reader: Open311Reader; query: RequestsQuery }): Promise<ServiceRequest[]> {
  const db = await getDb();
  const mine = agencyReferralsWhere(reader.agencyId);
  let where: Prisma.ReferralWhereInput;
  let orderBy: Prisma.ReferralOrderByWithRelationInput[] = [{ referredAt: 'desc' }, { id: 'desc' }];
  let skip = 0;
  let take: number | undefined;
  if (query.kind === 'ids') {
    const ids = query.ids.filter((id) => z.uuid().safeParse(id).success);
    if (ids.length === 0) return [];
    where = { AND: [mine, { id: { in: ids } }] };
  } else {
    const filters: Prisma.ReferralWhereInput[] = [mine];
    if (query.serviceCodes) filters.push({ report: { category: { slug: { in: query.serviceCodes } } } });
    if (query.statuses && query.statuses.length === 1) filters.push({ status: { in: referralStatusesFor(query.statuses[0]!) } });
    if (query.window) filters.push({ referredAt: { gte: query.window.from, lte: query.window.to } });
    if (query.updatedAfter) {
      filters.push({ updatedAt: { gt: query.updatedAfter } });
      orderBy = [{ updatedAt: 'asc' }, { id: 'asc' }];
    }
    where = { AND: filters };
    skip = (query.paging.page - 1) * query.paging.pageSize;
    take = query.paging.pageSize;
  }
  const [agency, rows] = await Promise.all([
    db.agency.findUniqueOrThrow({ where: { id: reader.agencyId }, select: { name: true, nameEn: true } }),
    db.referral.findMany({ where, orderBy, skip, take, select: agencyReferralSelect }),
  ]);
  return rows.map((row) => serviceRequestOf(row, agency, reader));
}

export function serviceRequestOf(
  row: Prisma.ReferralGetPayload<{ select: typeof agencyReferralSelect }>,
  agency: { name: string; nameEn: string },
  reader: Open311Reader,
): ServiceRequest {
  const now = reader.now ?? new Date();
  return toServiceRequest(toAgencyView(row), {
    agencyName: reader.locale === 'en' ? agency.nameEn : agency.name,
    locale: reader.locale,
    media: (attachmentId) => mediaHref(reader.baseUrl, attachmentId, row.id, now),
  });
}
