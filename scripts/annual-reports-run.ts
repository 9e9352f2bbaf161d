// npm run annual-reports:run — makes every queued annual report (issue #17), after failing runs stuck for over 15
// minutes, then exits: the annual-report job for deployments with SAJAM_JOBS=off (cron, systemd timer; e.g. every
// minute beside `npm run jobs:run`). Runs outside React's server condition (./runtime/without-react-server.mjs):
// @react-pdf/renderer needs the full React, which `jobs:run`'s condition replaces.
import { runAnnualReportJob } from '@/lib/jobs/run-jobs';
import { closeDb } from '@/lib/db/client';

const made = await runAnnualReportJob();
console.log(JSON.stringify(made));
await closeDb();
