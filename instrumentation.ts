// Runs once when the Next.js server starts: the configuration is checked first (a misconfigured
// deployment stops here with a clear message), then the background jobs start in the server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { configurationProblems } = await import('./lib/env');
  const problems = configurationProblems();
  if (problems.length) {
    console.error(`Sajam will not start: the configuration is incomplete.\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee README.md, "Configuration".`);
    process.exit(1);
  }
  const { logUnexpected } = await import('./lib/log/logger');
  const { startJobs } = await import('./lib/jobs/start-jobs');
  await startJobs({ boot: true }).catch((error: unknown) => logUnexpected(error, 'jobs:start'));
}
