// How long each review stage may take, and what happens after: settings the administrator may change
// (lib/settings; defaults SAJAM_DEADLINE_*_DAYS, SAJAM_ESCALATE_AFTER_DAYS: 3/5/7 days and 2 days' grace).
// Pure: async callers load the settings (getSettings) and pass the policy.
import type { Settings } from '@/lib/settings/registry';
import { isReviewStage, type ReportStatus, type ReviewStage } from './transitions';

const DAY_MS = 86_400_000;

export type DeadlinePolicy = { days: Record<ReviewStage, number>; escalateAfterDays: number };

export function deadlinePolicy(settings: Pick<Settings, 'coreReviewDays' | 'provinceReviewDays' | 'nationalReviewDays' | 'escalateAfterDays'>): DeadlinePolicy {
  return {
    days: { CORE_REVIEW: settings.coreReviewDays, PROVINCE_REVIEW: settings.provinceReviewDays, NATIONAL_REVIEW: settings.nationalReviewDays },
    escalateAfterDays: settings.escalateAfterDays,
  };
}

/** When a report entering this state becomes overdue; null for states nobody reviews. */
export function stageDeadline(status: ReportStatus, from: Date, policy: DeadlinePolicy): Date | null {
  return isReviewStage(status) ? new Date(from.getTime() + policy.days[status] * DAY_MS) : null;
}

/** Reports whose deadline is before this moment are due for escalation. */
export function escalationCutoff(now: Date, policy: DeadlinePolicy): Date {
  return new Date(now.getTime() - policy.escalateAfterDays * DAY_MS);
}
