import 'server-only';
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
