// Which state a synthetic report is in for its age, and the review steps that brought it there.
import type { Decision, ReportStatus } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;

/** The normal road, in order (a report without a core starts at PROVINCE_REVIEW). */
export const STATUS_PATH: readonly ReportStatus[] = [
  'CORE_REVIEW',
  'PROVINCE_REVIEW',
  'NATIONAL_REVIEW',
  'APPROVED',
  'REFERRED',
  'ACKNOWLEDGED',
  'RESPONDED',
  'CLOSED',
  'PUBLISHED',
];

/**
 * Weights by age: recent reports are still under review, old ones are mostly settled. One settled case in
 * three is published (issue #16: publishing needs a summary written by staff, so not every closed case
 * is): about 200,000 published outcomes in 1,000,000 reports.
 */
const BY_AGE: { maxDays: number; weights: Partial<Record<ReportStatus, number>> }[] = [
  { maxDays: 3, weights: { CORE_REVIEW: 40, PROVINCE_REVIEW: 40, NATIONAL_REVIEW: 10, NEEDS_INFO: 5, REJECTED: 5 } },
  { maxDays: 15, weights: { CORE_REVIEW: 8, PROVINCE_REVIEW: 20, NATIONAL_REVIEW: 20, NEEDS_INFO: 6, APPROVED: 10, REFERRED: 20, REJECTED: 16 } },
  {
    maxDays: 60,
    weights: { PROVINCE_REVIEW: 4, NATIONAL_REVIEW: 4, NEEDS_INFO: 2, APPROVED: 2, REFERRED: 18, ACKNOWLEDGED: 20, RESPONDED: 15, CLOSED: 15, REJECTED: 20 },
  },
  {
    maxDays: Infinity,
    weights: { PROVINCE_REVIEW: 1, NATIONAL_REVIEW: 1, REFERRED: 3, ACKNOWLEDGED: 3, RESPONDED: 4, CLOSED: 44, PUBLISHED: 22, REJECTED: 22 },
  },
];

export function pickStatus(random: () => number, ageDays: number, hasCore: boolean): ReportStatus {
  const weights = BY_AGE.find((b) => ageDays < b.maxDays)!.weights;
  const entries = Object.entries(weights) as [ReportStatus, number][];
  const usable = entries.filter(([s]) => hasCore || s !== 'CORE_REVIEW');
  const total = usable.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [status, w] of usable) if ((r -= w) < 0) return status;
  return usable[usable.length - 1]![0];
}

export type Step = { decision: Decision; from: ReportStatus | null; to: ReportStatus; at: number; publicNote: string | null };

const decisionInto: Partial<Record<ReportStatus, Decision>> = {
  PROVINCE_REVIEW: 'APPROVE',
  NATIONAL_REVIEW: 'APPROVE',
  APPROVED: 'APPROVE',
  REFERRED: 'REFER',
  ACKNOWLEDGED: 'ACKNOWLEDGE',
  RESPONDED: 'RESPOND',
  CLOSED: 'CLOSE',
  PUBLISHED: 'PUBLISH',
};

/** SUBMIT, then one step per stage up to the report's state, spaced out in time and never in the future. */
export function buildHistory(random: () => number, r: { status: ReportStatus; hasCore: boolean; submittedAt: number; now: number }): Step[] {
  const start: ReportStatus = r.hasCore ? 'CORE_REVIEW' : 'PROVINCE_REVIEW';
  const steps: Step[] = [{ decision: 'SUBMIT', from: null, to: start, at: r.submittedAt, publicNote: null }];
  // Where the road ends: the state itself, or for a side state the stage it left from.
  const side = r.status === 'REJECTED' || r.status === 'NEEDS_INFO';
  const endStage: ReportStatus = side ? (random() < 0.5 ? start : 'PROVINCE_REVIEW') : r.status;
  const path = STATUS_PATH.slice(STATUS_PATH.indexOf(start), STATUS_PATH.indexOf(endStage) + 1);
  const span = Math.max(r.now - r.submittedAt, DAY / 24);
  const stride = span / (path.length + (side ? 1 : 0) + 1);
  let at = r.submittedAt;
  for (let i = 1; i < path.length; i++) {
    at = Math.min(r.now, at + stride * (0.3 + random() * 0.7));
    steps.push({
      decision: decisionInto[path[i]!]!,
      from: path[i - 1]!,
      to: path[i]!,
      at,
      publicNote: path[i] === 'RESPONDED' ? 'پاسخ دستگاه: موضوع بررسی و اقدام لازم انجام شد.' : null,
    });
  }
  if (side) {
    at = Math.min(r.now, at + stride * (0.3 + random() * 0.7));
    steps.push({
      decision: r.status === 'REJECTED' ? 'REJECT' : 'REQUEST_INFO',
      from: path[path.length - 1]!,
      to: r.status,
      at,
      publicNote: r.status === 'REJECTED' ? 'گزارش با مستندات موجود قابل پیگیری نبود.' : 'لطفاً نشانی دقیق‌تر محل را بنویسید.',
    });
  }
  return steps;
}
