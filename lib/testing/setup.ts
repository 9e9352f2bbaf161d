import { afterAll } from 'vitest';
import { closeDb } from '@/lib/db/client';

// PGlite serves one process: each test file releases the database for the next one.
afterAll(async () => {
  await closeDb();
});
