import 'server-only';
import { z } from 'zod';
import { scopeWhere, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { liveReferralAgencies, viewerOf } from '@/lib/reports/report-views';
import { getStorage } from '@/lib/storage';

/**
 * An attachment's bytes for someone whose projection of its report lists it (report-views.ts):
 * reviewers every attachment of the report; the author the report's own and the thread's; an agency the
 * report's own and those of its own referral's moves (never the thread's, nor another agency's). Anyone
 * else gets NOT_FOUND.
 */
export async function readAttachment({ actor, attachmentId }: { actor: Actor | null; attachmentId: string }) {
  if (!actor || !z.uuid().safeParse(attachmentId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, report: scopeWhere(actor, 'report') },
    select: {
      storageKey: true,
      mimeType: true,
      messageId: true,
      referralEvent: { select: { agencyId: true } },
      report: { select: { provinceId: true, coreId: true, submitterId: true, referrals: liveReferralAgencies } },
    },
  });
  if (!attachment?.report) throw new AppError('NOT_FOUND');
  const viewer = viewerOf(actor, { ...attachment.report, agencyIds: attachment.report.referrals.map((r) => r.agencyId) });
  const fromAgency = attachment.referralEvent;
  const sees =
    viewer === 'reviewer' ||
    (viewer === 'author' && fromAgency === null) ||
    (viewer === 'agency' && attachment.messageId === null && (fromAgency === null || fromAgency.agencyId === actor.agencyId));
  if (!sees) throw new AppError('NOT_FOUND');
  const bytes = await getStorage().get(attachment.storageKey);
  if (!bytes) throw new AppError('NOT_FOUND');
  return { bytes, mimeType: attachment.mimeType };
}
