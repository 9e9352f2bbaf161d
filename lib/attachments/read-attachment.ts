import 'server-only';
import { z } from 'zod';
import { reportScope, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getStorage } from '@/lib/storage';

/** An attachment's bytes for someone who may see its report; anyone else gets NOT_FOUND. */
export async function readAttachment(actor: Actor | null, attachmentId: string) {
  if (!actor || !z.uuid().safeParse(attachmentId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, report: reportScope(actor) },
    select: { storageKey: true, mimeType: true, size: true },
  });
  if (!attachment) throw new AppError('NOT_FOUND');
  const bytes = await getStorage().get(attachment.storageKey);
  if (!bytes) throw new AppError('NOT_FOUND');
  return { bytes, mimeType: attachment.mimeType };
}
