// What Next's server does before loading any app code: AsyncLocalStorage on globalThis, which its
// request scope (next/headers' cookies(), headers()) needs. Tests that drive route handlers use it.
import 'next/dist/server/node-environment-baseline';
import { afterAll } from 'vitest';
import { closeDb } from '@/lib/db/client';

// PGlite serves one process: each test file releases the database for the next one.
afterAll(async () => {
  await closeDb();
});
