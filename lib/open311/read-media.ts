import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getStorage } from '@/lib/storage';
import { mediaLinkKey } from './media-href';
import { verifyMediaLink } from './media-link';
import { liveReferralWhere } from './reach';

/**
 * An attachment's bytes by an Open311 media link (media-href.ts). What the agency's projection lists:
 * the report's own cleaned files and those of its own referral's steps, never the reporter's thread.
 * The referral must still be live (not withdrawn). Every refusal is NOT_FOUND, like a missing file.
 */
export async function readMedia({ attachmentId, referralId, token }: { attachmentId: string; referralId: string; token: string }) {
  if (!z.uuid().safeParse(attachmentId).success || !z.uuid().safeParse(referralId).success) throw new AppError('NOT_FOUND');
  if (!verifyMediaLink(mediaLinkKey(), attachmentId, referralId, token)) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const referral = await db.referral.findFirst({ where: { id: referralId, status: liveReferralWhere.status }, select: { reportId: true } });
  if (!referral) throw new AppError('NOT_FOUND');
  const attachment = await db.attachment.findFirst({
    where: {
      id: attachmentId,
      reportId: referral.reportId,
      messageId: null,
      OR: [{ referralEventId: null }, { referralEvent: { referralId } }],
    },
    select: { storageKey: true, mimeType: true },
  });
  if (!attachment) throw new AppError('NOT_FOUND');
  const bytes = await getStorage().get(attachment.storageKey);
  if (!bytes) throw new AppError('NOT_FOUND');
  return { bytes, mimeType: attachment.mimeType };
}
