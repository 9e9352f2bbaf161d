import 'server-only';
import { z } from 'zod';
import type { AnnualFigures, AnnualScope } from '@/lib/annual-report/annual-figures';
import type { Actor } from '@/lib/authz';
import { getDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { JALALI_YEAR_MAX, JALALI_YEAR_MIN, jalaliYearRange, toJalali, type JalaliDate } from '@/lib/i18n/format';
import { getSettings } from '@/lib/settings/get-settings';
import { computeAppeals } from './compute-appeals';
import type { Prisma } from '@/lib/generated/prisma/client';
import { computeFigures, type RawFigures } from './compute-figures';
import { computeProvinceBreakdown } from './compute-province-breakdown';
import { computeReviewStages } from './compute-review-stages';
import { computeTopics } from './compute-topics';
import { countCertifiedMembers } from './compute-training';
import { computeVolunteers } from './compute-volunteers';
import { statsFiguresSchema, type FunnelStage, type StatsFigures } from './figures';
import { linkScopedFigures } from './link-scoped-figures';
import { listAppendixOutcomes } from './list-appendix-outcomes';
import { projectAnnualExtras } from './project-annual-figures';
import { exactFigures, openMonthsOf, publicFigures } from './project-figures';
import { PUBLIC_SCOPE } from './refresh-public';
import { resolveAnnualScope } from './resolve-annual-scope';
import type { Published } from './suppress';

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
 * The volunteers' training completion is the share of approved members holding a valid basic certificate at the
 * year's end (Farvardin 1, 00:00 Tehran, of the next year), or now for the year still running
 * (compute-training.ts countCertifiedMembers; the basic course is the setting `trainingCourse`).
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

  // A province's or agency's copy that leaves Sajam is suppressed together with every other scope and fixed to the
  // national public figures (link-scoped-figures.ts, review H1): its statistics are counted in one snapshot.
  const linked = suppressed && scope.kind !== 'national' ? scope : null;
  const snapshot = scope.kind === 'national' && suppressed ? await readPublicSnapshots(db, year) : null;
  const { trainingCourse } = await getSettings(db);
  const yearEnd = jalaliYearRange(year).end;
  const trainingAt = yearEnd < now ? yearEnd : now;
  // Each other part is one read-only, set-based query (or two); they are not read in one transaction: a PDF's
  // figures counted a few seconds apart differ at most by what was done in those seconds.
  const [statistics, review, appeals, volunteers, topics, appendix, certified] = await Promise.all([
    snapshot ?? (linked ? countLinkedStatistics(db, { scope: linked, year, now }) : countStatistics(db, { scope, year, suppressed, now })),
    computeReviewStages(db, { scope, year }),
    computeAppeals(db, { scope, year }),
    // A province's suppressed copy prints its row of the national volunteer table, so every province is counted.
    scope.kind === 'agency' ? null : computeVolunteers(db, { year, provinceId: scope.kind === 'province' && !linked ? scope.provinceId : undefined }),
    computeTopics(db, { scope, year }),
    listAppendixOutcomes(db, { scope, year }),
    // The scope's own members only: a province's copy prints its own share (project-annual-figures.ts).
    scope.kind === 'agency' ? null : countCertifiedMembers(db, { scope, at: trainingAt, basicCourse: trainingCourse }),
  ]);
  const link = 'link' in statistics && statistics.link && scope.kind === 'province' ? { provinceId: scope.provinceId, ...statistics.link } : undefined;
  const extras = projectAnnualExtras(
    { stages: review.stages, endings: review.endings, agencies: statistics.current.agencies, appeals, volunteers, topics, certified, linked: link },
    { suppressed },
  );
  return {
    year,
    scope,
    scopeLabel: label,
    suppressed,
    countedAt: (snapshot?.countedAt ?? now).toISOString(),
    current: statistics.current,
    // A suppressed copy has a year before only when its total is printed: a year before of 1–4 reports shown as
    // «withheld» beside one of none shown as absent would tell 0 from 1–4 (the copy says the same for both).
    previous: suppressed && statistics.previous?.total === null ? null : statistics.previous,
    ...extras,
    outcomes: appendix.outcomes,
    outcomesTotal: appendix.total,
  };
}

type Statistics = {
  current: StatsFigures;
  previous: StatsFigures | null;
  countedAt?: Date;
  /** A province's linked visits and topics (countLinkedStatistics). */
  link?: { visits: Record<FunnelStage, Published>; topics: Map<number, number> };
};

/**
 * A province's or an agency's suppressed statistics of the year and the year before, linked to every other scope and
 * to the national public figures (link-scoped-figures.ts). Read in one REPEATABLE READ transaction: the national
 * counts, every province's and the scope's own must be of the same data, or the equations would not hold.
 */
async function countLinkedStatistics(
  db: Db,
  { scope, year, now }: { scope: Exclude<AnnualScope, { kind: 'national' }>; year: number; now: Date },
): Promise<Statistics> {
  return db.$transaction(
    async (tx) => {
      const [first, agencies] = await Promise.all([firstReportDay(tx), tx.agency.findMany({ select: { id: true, provinceId: true } })]);
      const agencyProvince = new Map(agencies.map((a) => [a.id, a.provinceId]));
      const one = async (y: number) => {
        // One after the other: a transaction is one connection.
        const national = await computeFigures(tx, { scope: { kind: 'national' }, year: y, now });
        const breakdown = await computeProvinceBreakdown(tx, { year: y });
        const own = await computeFigures(tx, { scope, year: y, now });
        const nationalTopics = await computeTopics(tx, { scope: { kind: 'national' }, year: y });
        const months = openMonthsOf(y, { first, today: toJalali(now) });
        return { own, linked: linkScopedFigures({ scope, national, months, breakdown, own, agencyProvince, nationalTopics }) };
      };
      const current = await one(year);
      const previous = await one(year - 1);
      return {
        current: current.linked.figures,
        previous: previous.own.funnel.received > 0 ? previous.linked.figures : null,
        link: current.linked.visits && current.linked.topics ? { visits: current.linked.visits, topics: current.linked.topics } : undefined,
      };
    },
    { isolationLevel: 'RepeatableRead', timeout: 600_000, maxWait: 30_000 },
  );
}

/** The year's and the year before's statistics, counted now and projected (a year before with no report: null). */
async function countStatistics(
  db: Db,
  { scope, year, suppressed, now }: { scope: AnnualScope; year: number; suppressed: boolean; now: Date },
): Promise<Statistics> {
  const [current, previous, first] = await Promise.all([
    computeFigures(db, { scope, year, now }),
    computeFigures(db, { scope, year: year - 1, now }),
    suppressed ? firstReportDay(db) : null,
  ]);
  const project = (raw: RawFigures) =>
    suppressed ? publicFigures(raw, { months: openMonthsOf(raw.year, { first, today: toJalali(now) }) }) : exactFigures(raw);
  return {
    current: project(current),
    previous: previous.funnel.received > 0 ? project(previous) : null,
  };
}

/**
 * The Jalali day of the deployment's very first report (any scope), or null: the months before it are structural
 * zeros, published as 0 as the public refresh does (openMonthsOf, project-figures.ts).
 */
async function firstReportDay(db: Db | Prisma.TransactionClient): Promise<JalaliDate | null> {
  const [span] = await db.$queryRaw<{ first: Date | null }[]>`SELECT min("submittedAt") AS first FROM "Report"`;
  return span?.first ? toJalali(span.first) : null;
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
  return { current: current.figures, previous: previous?.figures ?? null, countedAt: current.refreshedAt };
}
