import 'server-only';
import { getDb } from '@/lib/db/client';
import { getStorage } from '@/lib/storage';

/** Deletes stored files that no committed attachment row names, once they are older than a grace period (uploads in flight). */
export async function cleanupOrphanUploads({ olderThanMs = 60 * 60 * 1000, now = Date.now() } = {}): Promise<number> {
  const db = await getDb();
  const storage = getStorage();
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    const known = new Set((await db.attachment.findMany({ where: { storageKey: { in: batch } }, select: { storageKey: true } })).map((a) => a.storageKey));
    for (const key of batch) {
      if (!known.has(key)) {
        await storage.delete(key);
        removed++;
      }
    }
    batch = [];
  };
  for await (const object of storage.list()) {
    if (now - object.modifiedAt.getTime() < olderThanMs) continue;
    batch.push(object.key);
    if (batch.length === 500) await flush();
  }
  if (batch.length) await flush();
  return removed;
}
