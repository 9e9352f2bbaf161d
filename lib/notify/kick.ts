import 'server-only';
import { logUnexpected } from '@/lib/log/logger';
import { startJobs } from '@/lib/jobs/start-jobs';

/** Sends queued messages now rather than at the next scheduled run (a one-time code cannot wait a minute). */
export function kickDelivery(): void {
  void startJobs()
    .then((runner) => runner?.trigger('notify-deliver'))
    .catch((error: unknown) => logUnexpected(error, 'notify:kick'));
}
