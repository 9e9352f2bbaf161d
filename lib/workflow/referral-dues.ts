// When an agency's acknowledgement and answer are due (issue #14): the end of a Tehran calendar day, so a
// referral made at 23:59 and one made at 00:01 the next morning are a day apart, as people count days.
import type { Settings } from '@/lib/settings/registry';
import { tehranDayEnd } from '@/lib/i18n/format';

export type AgencyDeadlines = { acknowledgeDays: number | null; answerDays: number | null };

/** The deployment's defaults for agencies without their own days (settings agencyAcknowledgeDays / agencyAnswerDays: 7 / 30). */
export type AgencyDefaults = Pick<Settings, 'agencyAcknowledgeDays' | 'agencyAnswerDays'>;

/** The agency's own days, or the deployment's defaults. */
export function agencyDays(agency: AgencyDeadlines, defaults: AgencyDefaults): { acknowledge: number; answer: number } {
  return { acknowledge: agency.acknowledgeDays ?? defaults.agencyAcknowledgeDays, answer: agency.answerDays ?? defaults.agencyAnswerDays };
}

/** The due dates of a referral made (or sent back) at `from`. */
export function referralDues(agency: AgencyDeadlines, from: Date, defaults: AgencyDefaults): { acknowledgeDueAt: Date; answerDueAt: Date } {
  const days = agencyDays(agency, defaults);
  return { acknowledgeDueAt: tehranDayEnd(from, days.acknowledge), answerDueAt: tehranDayEnd(from, days.answer) };
}
