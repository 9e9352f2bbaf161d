import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { getStorage } from '@/lib/storage';
import { ATTACHMENT_LIMITS, RejectedFile, sanitizeFile } from './sanitize';

export type StoredUpload = { storageKey: string; mimeType: string; size: number; sha256: string };

/**
 * Sanitises and stores uploads before the database transaction that references them. The caller
 * deletes them again (`discardUploads`) if that transaction fails; anything left behind by a crash is
 * removed by `cleanupOrphanUploads`. Refusals are VALIDATION errors on the `attachments` field.
 */
export async function storeUploads(files: readonly File[]): Promise<StoredUpload[]> {
  const real = files.filter((f) => f.size > 0);
  if (real.length === 0) return [];
  if (real.length > ATTACHMENT_LIMITS.maxFiles) throw attachmentError('count');
  if (real.reduce((sum, f) => sum + f.size, 0) > ATTACHMENT_LIMITS.maxTotalBytes) throw attachmentError('size');

  const stored: StoredUpload[] = [];
  try {
    for (const file of real) {
      const clean = await sanitizeFile(new Uint8Array(await file.arrayBuffer()));
      const storageKey = randomUUID();
      await getStorage().put(storageKey, clean.bytes, clean.mimeType);
      stored.push({ storageKey, mimeType: clean.mimeType, size: clean.size, sha256: clean.sha256 });
    }
    return stored;
  } catch (error) {
    await discardUploads(stored);
    if (error instanceof RejectedFile) throw attachmentError(error.reason);
    throw error;
  }
}

export async function discardUploads(uploads: readonly StoredUpload[]): Promise<void> {
  await Promise.allSettled(uploads.map((u) => getStorage().delete(u.storageKey)));
}

function attachmentError(reason: 'count' | 'size' | 'type' | 'pixels' | 'damaged'): AppError {
  return new AppError('VALIDATION', `attachment ${reason}`, { fieldErrors: { attachments: [`attachments.${reason}`] } });
}
