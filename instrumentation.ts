// Runs once when the Next.js server starts: the background jobs live in the server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startJobs } = await import('./lib/jobs/start-jobs');
  const { logUnexpected } = await import('./lib/log/logger');
  await startJobs().catch((error: unknown) => logUnexpected(error, 'jobs:start'));
}
