import 'server-only';
import { startJobs } from '@/lib/jobs/start-jobs';
import { logUnexpected } from '@/lib/log/logger';

/** Starts the annual report job now rather than at its next minute (the request page shows its progress). */
export function kickAnnualReport(): void {
  void startJobs()
    .then((runner) => runner?.trigger('annual-report'))
    .catch((error: unknown) => logUnexpected(error, 'annual-report:kick'));
}
