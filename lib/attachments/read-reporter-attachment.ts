import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getStorage } from '@/lib/storage';
import { reporterLinkKey } from './reporter-attachment-href';
import { verifyReporterLink } from './reporter-link';

/**
 * An attachment's bytes for the reporter, by the short-lived link minted when their projection was shown
 * (reporter-attachment-href.ts). The link names one attachment; a wrong, altered or expired one is
 * NOT_FOUND, like an attachment that does not exist, so a link says nothing about other files.
 */
export async function readReporterAttachment({ attachmentId, token }: { attachmentId: string; token: string }) {
  if (!z.uuid().safeParse(attachmentId).success || !verifyReporterLink(reporterLinkKey(), attachmentId, token)) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const attachment = await db.attachment.findUnique({ where: { id: attachmentId }, select: { storageKey: true, mimeType: true } });
  if (!attachment) throw new AppError('NOT_FOUND');
  const bytes = await getStorage().get(attachment.storageKey);
  if (!bytes) throw new AppError('NOT_FOUND');
  return { bytes, mimeType: attachment.mimeType };
}
