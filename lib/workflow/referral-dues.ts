// When an agency's acknowledgement and answer are due (issue #14): the end of a Tehran calendar day, so a
// referral made at 23:59 and one made at 00:01 the next morning are a day apart, as people count days.
import { getEnv, type Env } from '@/lib/env';
import { tehranDayEnd } from '@/lib/i18n/format';

export type AgencyDeadlines = { acknowledgeDays: number | null; answerDays: number | null };

/** The agency's own days, or the deployment's defaults (SAJAM_AGENCY_ACKNOWLEDGE_DAYS / _ANSWER_DAYS: 7 / 30). */
export function agencyDays(agency: AgencyDeadlines, env: Env = getEnv()): { acknowledge: number; answer: number } {
  return { acknowledge: agency.acknowledgeDays ?? env.SAJAM_AGENCY_ACKNOWLEDGE_DAYS, answer: agency.answerDays ?? env.SAJAM_AGENCY_ANSWER_DAYS };
}

/** The due dates of a referral made (or sent back) at `from`. */
export function referralDues(agency: AgencyDeadlines, from: Date, env: Env = getEnv()): { acknowledgeDueAt: Date; answerDueAt: Date } {
  const days = agencyDays(agency, env);
  return { acknowledgeDueAt: tehranDayEnd(from, days.acknowledge), answerDueAt: tehranDayEnd(from, days.answer) };
}
