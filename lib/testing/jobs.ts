// For test files that run a job themselves: the background runner (SAJAM_JOBS) stays off in the file, so a run it
// triggered cannot race the test's own (a request "still queued" would then be flaky).
import { afterAll, beforeAll } from 'vitest';

export function withoutBackgroundJobs(): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.SAJAM_JOBS;
    process.env.SAJAM_JOBS = 'off';
  });
  afterAll(() => {
    if (before === undefined) delete process.env.SAJAM_JOBS;
    else process.env.SAJAM_JOBS = before;
  });
}
