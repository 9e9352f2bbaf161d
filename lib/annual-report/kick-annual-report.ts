import 'server-only';
import { runAnnualReportJob } from '@/lib/jobs/run-jobs';
import { startJobs } from '@/lib/jobs/start-jobs';
import { logUnexpected } from '@/lib/log/logger';

/** Starts the annual report job now rather than at its next minute (the request page shows its progress). */
export function kickAnnualReport(): void {
  void startJobs()
    // With SAJAM_JOBS=off there is no runner, and `npm run jobs:run` cannot make a PDF (react-pdf does not run under
    // the react-server condition the script needs to import server code): this server process makes it instead.
    .then(async (runner) => void (runner ? await runner.trigger('annual-report') : await runAnnualReportJob()))
    .catch((error: unknown) => logUnexpected(error, 'annual-report:kick'));
}
