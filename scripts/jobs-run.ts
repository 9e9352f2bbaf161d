// npm run jobs:run — one pass of the deadline job (reminders, escalations) and the outbox, removal of
// long-ended sessions, the refresh of the public statistics, then exit (annual reports: see below).
// For deployments that prefer an external scheduler (cron, systemd timer) to SAJAM_JOBS=on.
import { deleteEndedSessions } from '@/lib/auth/delete-ended-sessions';
import { closeDb } from '@/lib/db/client';
import { runDeadlineJob } from '@/lib/jobs/run-jobs';
import { refreshPublicFigures } from '@/lib/stats/refresh-public';

const result = await runDeadlineJob();
console.log(`reminded ${result.reminded}, escalated ${result.escalated}; sent ${result.sent}, retrying ${result.retrying}, failed ${result.failed}`);
console.log(`deleted ${await deleteEndedSessions()} sessions ended over a month ago`);
const refreshed = await refreshPublicFigures();
console.log(`public statistics refreshed for ${refreshed.years.join(', ')} in ${refreshed.ms} ms`);
// Not the annual reports: react-pdf does not run under the react-server condition this script needs, so the server
// process makes them (its job runner), or `npm run annual-reports:run` (scripts/annual-reports-run.ts) from cron.
await closeDb();
