// When Sajam follows an agency up on a referral (issue #14), in Tehran calendar days. A due date is the
// end of a Tehran day (referral-dues.ts); counting from it:
//
//   due day − agencyRemindBeforeDays (a setting) … due day − 1   → remind the agency (once)
//   the due day itself                                       → remind again, "due today" (once)
//   from the day after the due day                           → escalate to the national office (once)
//
// Each step is a window of whole Tehran days, not a moment: a sweep that runs late (a stopped server)
// still takes the step of the day it runs on, and one that misses the "before" days entirely sends only
// the due-day reminder. Pure: the sweep (referral-sweep.ts) turns this into SQL bounds and rows.
import type { ReferralDue } from '@/lib/generated/prisma/enums';
import type { Settings } from '@/lib/settings/registry';
import { tehranDayEnd } from '@/lib/i18n/format';
import type { ReferralStatus } from './referral-transitions';

export type FollowUpPolicy = { remindBeforeDays: number };

export function followUpPolicy(settings: Pick<Settings, 'agencyRemindBeforeDays'>): FollowUpPolicy {
  return { remindBeforeDays: settings.agencyRemindBeforeDays };
}

/** What the agency owes in this state, and so which due date applies; null when it owes nothing. */
export function dueOf(status: ReferralStatus): ReferralDue | null {
  if (status === 'PENDING') return 'ACKNOWLEDGE';
  if (status === 'ACKNOWLEDGED' || status === 'SENT_BACK') return 'ANSWER';
  return null;
}

/**
 * The bounds of today's windows, as instants (each window is `(from, to]` on the due instant):
 * a due date at or before `todayStart` is past (its due day has ended), one in `(todayStart, todayEnd]`
 * is due today, one in `(todayEnd, horizon]` is due within the reminder days.
 */
export type FollowUpWindows = { todayStart: Date; todayEnd: Date; horizon: Date };

export function followUpWindows(now: Date, policy: FollowUpPolicy): FollowUpWindows {
  return { todayStart: tehranDayEnd(now, -1), todayEnd: tehranDayEnd(now, 0), horizon: tehranDayEnd(now, policy.remindBeforeDays) };
}

export type FollowUpStep = 'remindBefore' | 'remindDueDay' | 'escalate';

/** The step a due date calls for today; null when it is further off than the reminder days. */
export function followUpStep(dueAt: Date, now: Date, policy: FollowUpPolicy): FollowUpStep | null {
  const w = followUpWindows(now, policy);
  const t = dueAt.getTime();
  if (t <= w.todayStart.getTime()) return 'escalate';
  if (t <= w.todayEnd.getTime()) return 'remindDueDay';
  if (t <= w.horizon.getTime()) return 'remindBefore';
  return null;
}

/** The Tehran calendar day a due date ends (for "due by the end of …"): the instant just before it. */
export function dueDay(dueAt: Date): Date {
  return new Date(dueAt.getTime() - 1);
}
