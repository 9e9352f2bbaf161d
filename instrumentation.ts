// Runs once when the Next.js server starts: the background jobs live in the server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startJobs } = await import('./lib/jobs/start-jobs');
  await startJobs().catch((error: unknown) => console.error('jobs did not start:', error instanceof Error ? error.message : error));
}
