// The shape of every figure Sajam publishes or shows staff (issue #16): one object per scope and Jalali year,
// made by lib/stats/project-figures.ts from what compute-figures.ts counted in SQL. The public snapshot stores
// it as JSON (StatsSnapshot.data), so the shape is versioned and parsed with zod on the way out of the database.
// Client-safe: no server imports; the chart module, the pages and the open-data tables all read this type.
import { z } from 'zod';

export const REPORT_KINDS = ['REPORT', 'OPINION', 'SUGGESTION'] as const;
export type ReportKindKey = (typeof REPORT_KINDS)[number];

/** The review stages whose rejections the funnel shows, in the order a report meets them. */
export const FUNNEL_STAGES = ['CORE_REVIEW', 'PROVINCE_REVIEW', 'NATIONAL_REVIEW'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** The steps of the funnel, in order (docs/open-data.md defines each). */
export const FUNNEL_STEPS = ['received', 'reviewed', 'referred', 'answered', 'resolved'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const FIGURES_VERSION = 1;

/** A count as published: null where it is withheld (below 5, or withheld so that another cannot be recovered). */
const count = z.number().int().nonnegative().nullable();
/** A share in percent with one decimal; null where it is withheld or has no denominator. */
const percent = z.number().min(0).max(100).nullable();
/** Days with one decimal; null where withheld or with no case to measure. */
const days = z.number().nonnegative().nullable();

export const statsFiguresSchema = z.object({
  version: z.literal(FIGURES_VERSION),
  year: z.number().int(),
  /** True for the public figures (small counts withheld); false for staff's exact figures. */
  suppressed: z.boolean(),
  /** Reports received in the year: the grand total every table shares. */
  total: count,
  byKind: z.array(z.object({ kind: z.enum(REPORT_KINDS), count })),
  provinces: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      nameEn: z.string(),
      population: z.number().int(),
      count,
      /** Reports per 100,000 inhabitants, two decimals; withheld whenever `count` is. */
      per100k: z.number().nonnegative().nullable(),
    }),
  ),
  categories: z.array(z.object({ id: z.number().int(), name: z.string(), nameEn: z.string(), count })),
  /** Province × category: rows in the order of `provinces`, columns in the order of `categories`. */
  provinceCategory: z.array(z.array(count)),
  /** The twelve Jalali months, Farvardin first. */
  byMonth: z.array(count).length(12),
  funnel: z.object({
    steps: z.array(z.object({ step: z.enum(FUNNEL_STEPS), count })),
    stages: z.array(z.object({ stage: z.enum(FUNNEL_STAGES), entered: count, rejected: count, rejectedPercent: percent })),
  }),
  agencies: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      nameEn: z.string(),
      referrals: count,
      acknowledgedWithinDuePercent: percent,
      answeredWithinDuePercent: percent,
      medianDaysToAcknowledge: days,
      medianDaysToAnswer: days,
      sentBackPercent: percent,
      satisfiedPercent: percent,
    }),
  ),
  /** Referrals of the year's reports, all agencies together (a report referred to two agencies counts twice). */
  referralsTotal: count,
});

export type StatsFigures = z.infer<typeof statsFiguresSchema>;
export type AgencyRow = StatsFigures['agencies'][number];
