// The one projection of a published outcome (issue #16): what the public, the reporter on /track and
// the staff's preview all see, read from the PublicOutcome table only. Nothing here can name a report
// or a person: no report id, tracking code or case number, dates as days, submission as a Jalali month,
// a county only while it holds enough published outcomes (lib/outcomes writes countyId accordingly).
import type { Prisma, ReportKind, Resolution } from '@/lib/generated/prisma/client';
import { localized, type Locale } from '@/lib/i18n/format';

/** The steps of an outcome's progress timeline, in order (issue #16: referred → acknowledged → answered → accepted). */
export const OUTCOME_STEPS = ['referred', 'acknowledged', 'answered', 'accepted'] as const;
export type OutcomeStep = (typeof OUTCOME_STEPS)[number];

export type PublicOutcomeView = {
  /** The outcome's own random id (the URL /outcomes/<id>); not the report's. */
  id: string;
  kind: ReportKind;
  category: string;
  province: string;
  /** Null below the county threshold. */
  county: string | null;
  /** Jalali year and month (1–12) of submission. */
  year: number;
  month: number;
  summary: string;
  answerSummary: string;
  resolution: Resolution | null;
  /** The reporter's rating: true satisfied, false not, null not given. */
  satisfied: boolean | null;
  agencies: string[];
  /** Each step with its Tehran calendar day (a `date` column: midnight UTC of that day), null when not reached. */
  timeline: { step: OutcomeStep; on: Date | null }[];
  publishedOn: Date;
};

const named = { select: { name: true, nameEn: true } } as const;

/** The columns the view needs; never `reportId`. */
export const publicOutcomeSelect = {
  id: true,
  kind: true,
  year: true,
  month: true,
  summary: true,
  answerSummary: true,
  resolution: true,
  satisfied: true,
  agencyIds: true,
  referredOn: true,
  acknowledgedOn: true,
  answeredOn: true,
  acceptedOn: true,
  publishedOn: true,
  category: named,
  province: named,
  county: named,
} as const satisfies Prisma.PublicOutcomeSelect;

export type PublicOutcomeRow = Prisma.PublicOutcomeGetPayload<{ select: typeof publicOutcomeSelect }>;

/**
 * A row as the public reads it. `agencyNames` maps agency id → name in the reader's language (one query
 * for a whole page: lib/agencies/list-agency-names.ts); an agency missing from it is left out.
 */
export function toPublicOutcomeView(row: PublicOutcomeRow, agencyNames: ReadonlyMap<string, string>, locale: Locale): PublicOutcomeView {
  return {
    id: row.id,
    kind: row.kind,
    category: localized(row.category, locale),
    province: localized(row.province, locale),
    county: row.county ? localized(row.county, locale) : null,
    year: row.year,
    month: row.month,
    summary: row.summary,
    answerSummary: row.answerSummary,
    resolution: row.resolution,
    satisfied: row.satisfied,
    agencies: row.agencyIds.flatMap((id) => agencyNames.get(id) ?? []),
    timeline: [
      { step: 'referred', on: row.referredOn },
      { step: 'acknowledged', on: row.acknowledgedOn },
      { step: 'answered', on: row.answeredOn },
      { step: 'accepted', on: row.acceptedOn },
    ],
    publishedOn: row.publishedOn,
  };
}
