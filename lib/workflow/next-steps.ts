// "What happens next", as the reporter reads it: the stages still ahead of a report and how long each
// normally takes. Derived from the workflow's order and the deadlines in force (deadlines.ts, the settings),
// so an administrator who changes a stage's days tells reporters the new times without another edit.
import type { DeadlinePolicy } from './deadlines';
import { REVIEW_STAGES, type ReportStatus, type ReviewStage } from './transitions';

/** A step the reporter will see happen; the review stages carry their configured number of days. */
export type NextStepName = ReviewStage | 'NEEDS_INFO' | 'REFERRAL' | 'OUTCOME';
export type NextStep = { step: NextStepName; days: number | null; current: boolean };

/** The states in which the report is past review: the agency has it, or it is being finished. */
const AFTER_REVIEW: readonly ReportStatus[] = ['APPROVED', 'REFERRED', 'ACKNOWLEDGED', 'RESPONDED'];

/**
 * The steps from the report's current state to the published outcome; empty once the case has ended
 * (rejected, withdrawn, closed or published: nothing more will happen). A report waiting for the
 * reporter's answer shows that first, then the review stage that asked and the ones after it.
 */
export function nextSteps(report: { status: ReportStatus; hasCore: boolean; resumeStatus?: ReportStatus | null }, policy: DeadlinePolicy): NextStep[] {
  const review = (from: ReviewStage, current: boolean): NextStep[] =>
    REVIEW_STAGES.slice(REVIEW_STAGES.indexOf(from)).map((stage, i) => ({ step: stage, days: policy.days[stage], current: current && i === 0 }));
  const tail: NextStep[] = [
    { step: 'REFERRAL', days: null, current: false },
    { step: 'OUTCOME', days: null, current: false },
  ];
  const { status } = report;
  if ((REVIEW_STAGES as readonly ReportStatus[]).includes(status)) return [...review(status as ReviewStage, true), ...tail];
  if (status === 'NEEDS_INFO') {
    const resume =
      report.resumeStatus && (REVIEW_STAGES as readonly ReportStatus[]).includes(report.resumeStatus) ? (report.resumeStatus as ReviewStage) : null;
    const from = resume ?? (report.hasCore ? 'CORE_REVIEW' : 'PROVINCE_REVIEW');
    return [{ step: 'NEEDS_INFO', days: null, current: true }, ...review(from, false), ...tail];
  }
  if (AFTER_REVIEW.includes(status)) return [{ ...tail[0]!, current: true }, tail[1]!];
  return [];
}

/** The steps a report just submitted will go through: members start at their core, anonymous reports at the province. */
export function stepsAfterSubmission(hasCore: boolean, policy: DeadlinePolicy): NextStep[] {
  return nextSteps({ status: hasCore ? 'CORE_REVIEW' : 'PROVINCE_REVIEW', hasCore }, policy);
}
