import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { agencyReferralSelect } from '@/lib/reports/report-views';
import { serviceRequestOf, type Open311Reader } from './list-service-requests';
import { agencyReferralsWhere } from './reach';
import type { ServiceRequest } from './schemas';

/**
 * requests/{id}.{fmt}: one of this agency's live referrals, as a list of one (GeoReport's shape).
 * NOT_FOUND alike for an unknown id, another agency's referral and a withdrawn one.
 */
export async function getServiceRequest({ reader, id }: { reader: Open311Reader; id: string }): Promise<ServiceRequest[]> {
  if (!z.uuid().safeParse(id).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const [agency, row] = await Promise.all([
    db.agency.findUniqueOrThrow({ where: { id: reader.agencyId }, select: { name: true, nameEn: true } }),
    db.referral.findFirst({ where: { AND: [agencyReferralsWhere(reader.agencyId), { id }] }, select: agencyReferralSelect }),
  ]);
  if (!row) throw new AppError('NOT_FOUND');
  return [serviceRequestOf(row, agency, reader)];
}
