import 'server-only';
import { z } from 'zod';
import type { AnnualFigures, AnnualScope } from '@/lib/annual-report/annual-figures';
import type { Actor } from '@/lib/authz';
import { getDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { JALALI_YEAR_MAX, JALALI_YEAR_MIN, toJalali } from '@/lib/i18n/format';
import { computeAppeals } from './compute-appeals';
import { computeFigures, type RawFigures } from './compute-figures';
import { computeReviewStages } from './compute-review-stages';
import { computeTopics } from './compute-topics';
import { computeVolunteers } from './compute-volunteers';
import { statsFiguresSchema, type StatsFigures } from './figures';
import { listAppendixOutcomes } from './list-appendix-outcomes';
import { projectAnnualExtras } from './project-annual-figures';
import { exactFigures, publicFigures, type OpenMonths } from './project-figures';
import { PUBLIC_SCOPE } from './refresh-public';
import { resolveAnnualScope } from './resolve-annual-scope';

const optionsSchema = z.object({
  year: z.number().int().min(JALALI_YEAR_MIN).max(JALALI_YEAR_MAX),
  provinceId: z.number().int().positive().max(2_147_483_647).optional(),
  agencyId: z.string().optional(),
  suppressed: z.boolean().default(true),
});

/**
 * The figures of the annual report (issue #17) for one Jalali year and scope: the statistics of the year and of the
 * year before (lib/stats/compute-figures.ts), the time at each review stage and how reports ended there, appeals
 * per agency, volunteers per province, the top priority topics, and the appendix of published outcomes. The year's
 * cohort is always the reports SUBMITTED in it (Tehran calendar); what happened to them is counted up to now.
 *
 * - actor: who asks (resolveAnnualScope: the national office any scope, province staff their own province).
 * - provinceId / agencyId: the scope asked for; neither = the country (the national office) or the actor's province.
 * - suppressed (default true): the public rule (every count below 5 withheld; project-figures.ts and
 *   project-annual-figures.ts) — the PDF, which leaves Sajam, is always suppressed; the staff dashboard passes false.
 * - now: the counting instant (tests); countedAt is `now`, or the snapshot's refreshedAt when the national
 *   suppressed statistics come from the hourly public snapshot (StatsSnapshot scope 'public'), which the report
 *   then matches /stats exactly and costs no count of a million reports.
 *
 * Errors: FORBIDDEN (no `stats:read`), NOT_FOUND (a scope out of reach or unknown), VALIDATION (bad year or ids).
 */
export async function getAnnualFigures(options: {
  actor: Actor | null;
  year: number;
  provinceId?: number;
  agencyId?: string;
  suppressed?: boolean;
  now?: Date;
}): Promise<AnnualFigures> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new AppError('VALIDATION', 'annual figures', { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { year, provinceId, agencyId, suppressed } = parsed.data;
  const now = options.now ?? new Date();
  const db = await getDb();
  const { scope, label } = await resolveAnnualScope(db, { actor: options.actor, provinceId, agencyId });

  const snapshot = scope.kind === 'national' && suppressed ? await readPublicSnapshots(db, year) : null;
  const [statistics, review, appeals, volunteers, topics, appendix] = await Promise.all([
    snapshot ?? countStatistics(db, { scope, year, suppressed, now }),
    computeReviewStages(db, { scope, year }),
    computeAppeals(db, { scope, year }),
    scope.kind === 'agency' ? null : computeVolunteers(db, { year, provinceId: scope.kind === 'province' ? scope.provinceId : undefined }),
    computeTopics(db, { scope, year }),
    listAppendixOutcomes(db, { scope, year }),
  ]);
  const extras = projectAnnualExtras(
    { stages: review.stages, endings: review.endings, agencies: statistics.current.agencies, appeals, volunteers, topics },
    { suppressed },
  );
  return {
    year,
    scope,
    scopeLabel: label,
    suppressed,
    countedAt: (snapshot?.countedAt ?? now).toISOString(),
    current: statistics.current,
    previous: statistics.previous,
    ...extras,
    outcomes: appendix.outcomes,
    outcomesTotal: appendix.total,
  };
}

type Statistics = { current: StatsFigures; previous: StatsFigures | null; countedAt?: Date };

/** The year's and the year before's statistics, counted now and projected (a year before with no report: null). */
async function countStatistics(
  db: Db,
  { scope, year, suppressed, now }: { scope: AnnualScope; year: number; suppressed: boolean; now: Date },
): Promise<Statistics> {
  const [current, previous, months] = await Promise.all([
    computeFigures(db, { scope, year, now }),
    computeFigures(db, { scope, year: year - 1, now }),
    suppressed ? Promise.all([openMonths(db, year, now), openMonths(db, year - 1, now)]) : null,
  ]);
  const project = (raw: RawFigures, open: OpenMonths | undefined) => (suppressed ? publicFigures(raw, { months: open }) : exactFigures(raw));
  return {
    current: project(current, months?.[0]),
    previous: previous.funnel.received > 0 ? project(previous, months?.[1]) : null,
  };
}

/**
 * The months of a year in which any report could have come, as the public refresh decides them (refresh-public.ts):
 * none after the current month, none before the deployment's first report. They are structural zeros.
 */
async function openMonths(db: Db, year: number, now: Date): Promise<OpenMonths> {
  const [span] = await db.$queryRaw<{ first: Date | null }[]>`SELECT min("submittedAt") AS first FROM "Report"`;
  const first = span?.first ? toJalali(span.first) : null;
  const today = toJalali(now);
  return { from: first && first.jy === year ? first.jm : 1, to: today.jy === year ? today.jm : 12 };
}

/**
 * The national public statistics of a year and the year before from the hourly snapshot, or null when the year has
 * none (not refreshed yet, or a year the refresh skips): then they are counted. The refresh writes every year that
 * had reports, so a year before without a snapshot had none.
 */
async function readPublicSnapshots(db: Db, year: number): Promise<Statistics | null> {
  const rows = await db.statsSnapshot.findMany({ where: { scope: PUBLIC_SCOPE, year: { in: [year, year - 1] } } });
  const parse = (y: number) => {
    const row = rows.find((r) => r.year === y);
    const data = row ? statsFiguresSchema.safeParse(row.data) : null;
    return data?.success && row ? { figures: data.data, refreshedAt: row.refreshedAt } : null;
  };
  const current = parse(year);
  if (!current) return null;
  const previous = parse(year - 1);
  return { current: current.figures, previous: previous && (previous.figures.total ?? 1) > 0 ? previous.figures : null, countedAt: current.refreshedAt };
}
