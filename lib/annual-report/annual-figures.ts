// The figures of the annual report (issue #17) and of the national dashboard: one object per scope and Jalali
// year, assembled by lib/stats (getAnnualFigures) and drawn twice — as web pages (the dashboard) and as the PDF
// (lib/annual-report/pdf). Client-safe: types only, no server imports.
import type { Published } from '@/lib/stats/suppress';
import type { FunnelStage, StatsFigures } from '@/lib/stats/figures';

/** Whose reports the report covers. Decided from the actor and the request (lib/stats/get-annual-figures.ts). */
export type AnnualScope = { kind: 'national' } | { kind: 'province'; provinceId: number } | { kind: 'agency'; agencyId: string };

/** Time spent at one review stage by the year's reports that reached it, and how often it ran late. */
export type ReviewStageFigures = {
  stage: FunnelStage;
  /** Stage visits counted (a report returned to a stage visits it again). */
  visits: Published;
  /** Days from entering the stage to leaving it, one decimal; null under 5 finished visits. */
  medianDays: number | null;
  p90Days: number | null;
  /** Shares of visits that were past their deadline (reminded) and that were escalated; percent, one decimal. */
  overduePercent: number | null;
  escalatedPercent: number | null;
};

/** How the year's reports that were not referred ended, per review stage: the "rejection reasons" the workflow records. */
export type EndingFigures = {
  stage: FunnelStage;
  rejected: Published;
  duplicate: Published;
  /** Taken back by the reporter while under review. */
  withdrawn: Published;
};

/** Reporters' appeals against an agency's accepted answer (issue #14), per agency. */
export type AppealFigures = { agencyId: string; name: string; nameEn: string; appeals: Published; upheld: Published; dismissed: Published };

/** Volunteers per province: applications submitted in the year and decided in it, cores and members now. */
export type VolunteerProvinceFigures = {
  id: number;
  name: string;
  nameEn: string;
  applications: Published;
  approved: Published;
  rejected: Published;
  /** Sent back for correction at least once (the vetting "reasons" that are recorded as a step, not free text). */
  correctionRequested: Published;
  cores: Published;
  activeMembers: Published;
};

export type TopicFigures = { id: number; title: string; titleEn: string; reports: Published };

/** One published outcome for the appendix (already public: lib/outcomes projection). */
export type AppendixOutcome = {
  id: string;
  category: string;
  province: string;
  agencies: string[];
  /** Jalali date of publication, e.g. "1404/07/12" (Latin digits; the renderer localizes). */
  publishedOn: string;
  resolution: 'RESOLVED' | 'UNRESOLVED' | null;
  summary: string;
  answerSummary: string;
};

export type AnnualFigures = {
  year: number;
  scope: AnnualScope;
  /** The scope as a reader names it: «کل کشور», a province's name, an agency's name. */
  scopeLabel: { fa: string; en: string };
  /** True: every count below 5 withheld with the public rule (lib/stats/suppress.ts). */
  suppressed: boolean;
  /** When the figures were counted (ISO); the cover says "as of". */
  countedAt: string;
  /** The year's figures: kind, category, province (+ per 100,000), funnel, agency league, months. */
  current: StatsFigures;
  /** The year before, for the executive summary's change; null when it had no reports in scope. */
  previous: StatsFigures | null;
  reviewStages: ReviewStageFigures[];
  endings: EndingFigures[];
  appeals: AppealFigures[];
  volunteers: {
    provinces: VolunteerProvinceFigures[];
    totals: Omit<VolunteerProvinceFigures, 'id' | 'name' | 'nameEn'>;
    /** Training completion: null until the training issue (#18) adds it. */
    trainingCompletionPercent: number | null;
  };
  /** The priority topics with the most reports in the year, most first (at most 10). */
  topics: TopicFigures[];
  /**
   * Tables this copy leaves out, and says so, because their counts could be recovered from other published figures
   * (lib/stats/project-annual-figures.ts): 'endings' (duplicates and withdrawals per stage: the funnel's differences
   * give them back) in every suppressed copy; 'appeals' in a province's suppressed copy (per agency and province,
   * they are parts of the national appeals). Empty in the staff dashboard's exact figures.
   */
  omitted: ('endings' | 'appeals')[];
  /** The year's published outcomes in scope, newest first, at most APPENDIX_LIMIT; `outcomesTotal` says how many in all. */
  outcomes: AppendixOutcome[];
  outcomesTotal: number;
};

/** The appendix holds at most this many outcomes (the rest are on /outcomes): a PDF of 100,000 summaries helps nobody. */
export const APPENDIX_LIMIT = 100;
