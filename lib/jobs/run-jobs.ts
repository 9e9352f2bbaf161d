import 'server-only';
import { failStuckAnnualReports } from '@/lib/annual-report/fail-stuck-annual-reports';
import { runAnnualReport } from '@/lib/annual-report/run-annual-report';
import { deliverPending } from '@/lib/notify/deliver';
import { sweepDeadlines } from '@/lib/workflow/deadline-sweep';
import { sweepReferrals } from '@/lib/workflow/referral-sweep';

/** One pass of the deadline job: remind and escalate reports and referrals, then send what that queued. */
export async function runDeadlineJob(now = new Date()) {
  const swept = await sweepDeadlines(now);
  const followedUp = await sweepReferrals(now);
  const delivered = await drainOutbox();
  return { ...swept, ...followedUp, ...delivered };
}

/** Sends until the outbox has nothing ready (bounded, so one slow gateway cannot hold the worker). */
export async function drainOutbox(rounds = 20) {
  const total = { sent: 0, failed: 0, retrying: 0 };
  for (let i = 0; i < rounds; i++) {
    const r = await deliverPending();
    total.sent += r.sent;
    total.failed += r.failed;
    total.retrying += r.retrying;
    if (r.sent + r.failed + r.retrying === 0 || r.retrying > 0) break;
  }
  return total;
}

/**
 * One pass of the annual report job (issue #17): fails runs stuck for 15 minutes, then makes every queued report,
 * one after another (bounded: a queue longer than this waits for the next minute).
 */
export async function runAnnualReportJob(rounds = 10) {
  const stuck = await failStuckAnnualReports();
  let done = 0;
  let failed = 0;
  for (let i = 0; i < rounds; i++) {
    const run = await runAnnualReport();
    if (!run) break;
    if (run.status === 'DONE') done++;
    else failed++;
  }
  return { stuck, done, failed };
}
