// npm run storage:cleanup — deletes stored attachment files that no report or message references
// (left by a crash between storing a file and committing its report), once they are an hour old.
import { cleanupOrphanUploads } from '@/lib/attachments/cleanup-orphans';
import { closeDb } from '@/lib/db/client';

try {
  console.log(`Removed ${await cleanupOrphanUploads()} orphan file(s).`);
} finally {
  await closeDb();
}
