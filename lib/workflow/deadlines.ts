// How long each review stage may take, and what happens after: configurable per deployment
// (SAJAM_DEADLINE_*_DAYS, SAJAM_ESCALATE_AFTER_DAYS), defaults 3/5/7 days and 2 days' grace.
import { getEnv, type Env } from '@/lib/env';
import { isReviewStage, type ReportStatus, type ReviewStage } from './transitions';

const DAY_MS = 86_400_000;

export type DeadlinePolicy = { days: Record<ReviewStage, number>; escalateAfterDays: number };

export function deadlinePolicy(env: Env = getEnv()): DeadlinePolicy {
  return {
    days: { CORE_REVIEW: env.SAJAM_DEADLINE_CORE_DAYS, PROVINCE_REVIEW: env.SAJAM_DEADLINE_PROVINCE_DAYS, NATIONAL_REVIEW: env.SAJAM_DEADLINE_NATIONAL_DAYS },
    escalateAfterDays: env.SAJAM_ESCALATE_AFTER_DAYS,
  };
}

/** When a report entering this state becomes overdue; null for states nobody reviews. */
export function stageDeadline(status: ReportStatus, from: Date, policy: DeadlinePolicy = deadlinePolicy()): Date | null {
  return isReviewStage(status) ? new Date(from.getTime() + policy.days[status] * DAY_MS) : null;
}

/** Reports whose deadline is before this moment are due for escalation. */
export function escalationCutoff(now: Date, policy: DeadlinePolicy = deadlinePolicy()): Date {
  return new Date(now.getTime() - policy.escalateAfterDays * DAY_MS);
}
