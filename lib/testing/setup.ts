// What Next's server does before loading any app code: AsyncLocalStorage on globalThis, which its
// request scope (next/headers' cookies(), headers()) needs. Tests that drive route handlers use it.
import 'next/dist/server/node-environment-baseline';
import { afterAll } from 'vitest';
import { closeDb, getDb, isDbOpen } from '@/lib/db/client';

// PGlite serves one process: each test file releases the database for the next one.
afterAll(async () => {
  await closeDb();
});

// Each file leaves the shared outbox as it found it: what it queued and did not deliver is discarded. The
// sweeps' tests run the clock days ahead over every suite's reports and queue tens of thousands of messages
// (to every member of staff above each); left behind, they held up every later test that waits for its own
// message to go — a one-time code, the jobs test's reminder — until it timed out (CI, issue #16). Runs before
// the hook above (hooks run in reverse order of registration).
afterAll(async () => {
  if (!isDbOpen()) return;
  const db = await getDb();
  await db.notification.deleteMany({ where: { status: 'PENDING' } });
}, 120_000);
