// The two texts staff write to publish an outcome (issue #16), checked the same way for the preview and
// the publish move: normalized like every other text (lib/text), trimmed, at least a few words and at
// most a long paragraph, then through the personal-data check with the report's names.
import { normalizeText, storedLength, visibleLength } from '@/lib/text/normalize';
import { checkSummary, type SummaryNames, type SummaryWarning } from './check-summary';

import { PUBLIC_SUMMARY_LIMITS, type PublicSummaryField } from './summary-limits';

export type PublicSummaryCheck = {
  /** The texts as they would be stored: normalized and trimmed. */
  publicOutcome: string;
  publicAnswer: string;
  /** Per field, the message keys of what is wrong (too short, too long). */
  fieldErrors: Partial<Record<PublicSummaryField, string[]>>;
  /** What looks like personal data, in either text. */
  warnings: SummaryWarning[];
};

/** The names of the people a report's summary must not name: its contact name, and a member's own names. */
export type ReportNames = {
  contactName: string | null;
  hideIdentity: boolean;
  submitter: { name: string; member: { firstName: string; lastName: string } | null } | null;
};

/** The columns `namesOf` reads, for a report query's select (read only to check a summary; never shown). */
export const reportNamesSelect = {
  contactName: true,
  hideIdentity: true,
  submitter: { select: { name: true, member: { select: { firstName: true, lastName: true } } } },
} as const;

/**
 * The names the check looks for. A member who asked reviewers not to see who they are is left out: the
 * preview says which word matched and costs nothing, so checking their names would let the national office
 * paste guesses until one matched — a reveal without the audited reveal (lib/reports/reveal-identity.ts
 * never reveals them at all; h16x review). Staff never saw that name, so they cannot have copied it.
 */
export function namesOf(report: ReportNames): SummaryNames {
  const s = report.hideIdentity ? null : report.submitter;
  return [report.contactName, s?.name, s?.member?.firstName, s?.member?.lastName];
}

export function checkPublicSummary(input: { publicOutcome?: string; publicAnswer?: string }, names: SummaryNames): PublicSummaryCheck {
  const fieldErrors: PublicSummaryCheck['fieldErrors'] = {};
  const text = (field: PublicSummaryField) => {
    const value = normalizeText(input[field] ?? '').trim();
    const { min, max } = PUBLIC_SUMMARY_LIMITS[field];
    if (visibleLength(value) < min) fieldErrors[field] = [`${field}Short`];
    else if (storedLength(value) > max) fieldErrors[field] = [`${field}Long`];
    return value;
  };
  const publicOutcome = text('publicOutcome');
  const publicAnswer = text('publicAnswer');
  return { publicOutcome, publicAnswer, fieldErrors, warnings: [...checkSummary(publicOutcome, names), ...checkSummary(publicAnswer, names)] };
}
