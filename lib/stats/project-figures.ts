// From counts to what a reader sees (issue #16). Two projections of the same RawFigures: staff's exact figures,
// and the public figures with small counts withheld. Pure, so the rule is tested without a database.
//
// The public rule (docs/open-data.md states it for readers):
// - Counts: every count below SMALL_COUNT (5), zero included, is withheld; then complementary suppression
//   (lib/stats/suppress.ts) so that no withheld count can be recomputed from a total. Each published table is
//   suppressed as a whole with its margins: province × category (its margins are the by-province and
//   by-category lists, so both are published from the same call), reports by kind, reports by month, and
//   the agencies' referrals with their total. These tables share only the grand total (reports received),
//   which is withheld in all of them or in none (it is withheld only when below 5).
// - The funnel's counts are not parts of one whole (a report can be reviewed, referred and answered), so no
//   equation links them: each is withheld when below 5.
// - A share (percent) is published only when both counts it stands for — those with the property (the
//   numerator) and those without (the denominator minus the numerator) — are 5 or more. share × denominator
//   would otherwise give a small count away, and so would (1 − share) × denominator: "1 of 6 reporters was
//   not satisfied" singles that reporter out as surely as a count of 1. So 0 % and 100 % are never published.
// - A median is published only when it is the median of 5 or more cases.
// - A rate per 100,000 inhabitants is published only when the province's count is (rate × population gives
//   the count back).
import { recoverableBySubtraction, SMALL_COUNT, suppressList, suppressTable, type Published, type PublishedTable } from './suppress';
import { recoverableByLinearAlgebra } from './linear-attack';
import type { Median, Ratio, RawFigures } from './compute-figures';
import { FIGURES_VERSION, FUNNEL_STEPS, REPORT_KINDS, type StatsFigures } from './figures';

/** Staff's exact figures: every count as counted; shares and medians wherever they have a denominator. */
export function exactFigures(raw: RawFigures): StatsFigures {
  const rowTotals = raw.cells.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = raw.categories.map((_, j) => raw.cells.reduce((a, r) => a + r[j]!, 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const share = (r: Ratio) => shareOf(r, { suppressed: false });
  const median = (m: Median) => medianOf(m, { suppressed: false });
  return {
    version: FIGURES_VERSION,
    year: raw.year,
    suppressed: false,
    total,
    byKind: REPORT_KINDS.map((kind) => ({ kind, count: raw.byKind[kind] })),
    provinces: raw.provinces.map((p, i) => ({ ...p, count: rowTotals[i]!, per100k: per100k(rowTotals[i]!, p.population) })),
    categories: raw.categories.map((c, j) => ({ ...c, count: colTotals[j]! })),
    provinceCategory: raw.cells.map((r) => [...r]),
    byMonth: [...raw.byMonth],
    funnel: {
      steps: FUNNEL_STEPS.map((step) => ({ step, count: raw.funnel[step] })),
      stages: raw.funnel.stages.map((s) => ({ ...s, rejectedPercent: share({ num: s.rejected, den: s.entered }) })),
    },
    agencies: raw.agencies.map((a) => ({
      id: a.id,
      slug: a.slug,
      name: a.name,
      nameEn: a.nameEn,
      referrals: a.referrals,
      acknowledgedWithinDuePercent: share(a.acknowledgedWithinDue),
      answeredWithinDuePercent: share(a.answeredWithinDue),
      medianDaysToAcknowledge: median(a.medianDaysToAcknowledge),
      medianDaysToAnswer: median(a.medianDaysToAnswer),
      sentBackPercent: share(a.sentBack),
      satisfiedPercent: share(a.satisfied),
    })),
    referralsTotal: raw.agencies.reduce((a, r) => a + r.referrals, 0),
  };
}

/**
 * The months of a year in which reports could have come (1–12, inclusive): not those after the refresh's own
 * month in the current year, nor those before the first report the deployment ever received. Everyone knows
 * those are 0 (structural zeros), so withholding them protects nothing and, worse, makes them look like
 * companions of a withheld month: «83 in all, 80 shown, the rest of the year not come yet» gives the current
 * month away (h16x review). They are published as 0 and kept out of the months' suppression.
 */
export type OpenMonths = { from: number; to: number };

/**
 * The open months of a Jalali year, given the Jalali date of the deployment's first report (null: none yet) and of
 * today (Tehran): none after today's month in the current year, none before the first report's month in its year.
 */
export function openMonthsOf(year: number, { first, today }: { first: { jy: number; jm: number } | null; today: { jy: number; jm: number } }): OpenMonths {
  return { from: first && first.jy === year ? first.jm : 1, to: today.jy === year ? today.jm : 12 };
}

/** The public figures: the rule at the top of this file. Throws rather than publish a recoverable count. */
export function publicFigures(raw: RawFigures, { months: open = { from: 1, to: 12 } }: { months?: OpenMonths } = {}): StatsFigures {
  const table = suppressTable({ cells: raw.cells });
  const kinds = suppressList(REPORT_KINDS.map((k) => raw.byKind[k]));
  const openMonths = suppressList(raw.byMonth.slice(open.from - 1, open.to));
  const months = {
    values: raw.byMonth.map((_, i) => (i + 1 < open.from || i + 1 > open.to ? 0 : (openMonths.values[i - (open.from - 1)] ?? null))),
    total: openMonths.total,
  };
  const referrals = suppressList(raw.agencies.map((a) => a.referrals));
  for (const [name, t] of publishedTables({ table, kinds, months, referrals }))
    if (recoverableBySubtraction(t).length || recoverableByLinearAlgebra(t).length) throw new Error(`publicFigures: ${name} gives a withheld count away`);
  // The grand total is one number in three tables: the same in each, or withheld in each.
  if (kinds.total !== table.total || months.total !== table.total) throw new Error('publicFigures: the tables disagree on the total');
  const count = (v: number) => countOf(v, { suppressed: true });
  const share = (r: Ratio) => shareOf(r, { suppressed: true });
  const median = (m: Median) => medianOf(m, { suppressed: true });
  return {
    version: FIGURES_VERSION,
    year: raw.year,
    suppressed: true,
    total: table.total,
    byKind: REPORT_KINDS.map((kind, i) => ({ kind, count: kinds.values[i] ?? null })),
    provinces: raw.provinces.map((p, i) => {
      const c = table.rowTotals[i] ?? null;
      return { ...p, count: c, per100k: c === null ? null : per100k(c, p.population) };
    }),
    categories: raw.categories.map((c, j) => ({ ...c, count: table.colTotals[j] ?? null })),
    provinceCategory: table.cells,
    byMonth: months.values,
    funnel: {
      steps: FUNNEL_STEPS.map((step) => ({ step, count: step === 'received' ? table.total : count(raw.funnel[step]) })),
      stages: raw.funnel.stages.map((s) => ({
        stage: s.stage,
        entered: count(s.entered),
        rejected: count(s.rejected),
        rejectedPercent: share({ num: s.rejected, den: s.entered }),
      })),
    },
    agencies: raw.agencies.map((a, i) => ({
      id: a.id,
      slug: a.slug,
      name: a.name,
      nameEn: a.nameEn,
      referrals: referrals.values[i] ?? null,
      acknowledgedWithinDuePercent: share(a.acknowledgedWithinDue),
      answeredWithinDuePercent: share(a.answeredWithinDue),
      medianDaysToAcknowledge: median(a.medianDaysToAcknowledge),
      medianDaysToAnswer: median(a.medianDaysToAnswer),
      sentBackPercent: share(a.sentBack),
      satisfiedPercent: share(a.satisfied),
    })),
    referralsTotal: referrals.total,
  };
}

/**
 * Every table of published figures whose cells add up to a published total, as the subtraction attack sees it
 * (a list is a table of one row). Rebuilt from a StatsFigures too (`tablesOf`), so tests attack what was stored.
 */
function publishedTables(t: {
  table: PublishedTable;
  kinds: { values: Published[]; total: Published };
  months: { values: Published[]; total: Published };
  referrals: { values: Published[]; total: Published };
}): [string, PublishedTable][] {
  const list = ({ values, total }: { values: Published[]; total: Published }): PublishedTable => ({
    cells: [values],
    rowTotals: [total],
    colTotals: values,
    total,
  });
  const tables: [string, PublishedTable][] = [
    ['province × category', t.table],
    ['by kind', list(t.kinds)],
    ['by month', list(t.months)],
    ['agencies’ referrals', list(t.referrals)],
  ];
  // A list of nothing (a deployment without agencies yet) has nothing to give away.
  return tables.filter(([, table]) => table.cells.some((row) => row.length > 0));
}

/** The published tables of a figures object, with their margins, for the subtraction attack. */
export function tablesOf(f: StatsFigures): [string, PublishedTable][] {
  return publishedTables({
    table: { cells: f.provinceCategory, rowTotals: f.provinces.map((p) => p.count), colTotals: f.categories.map((c) => c.count), total: f.total },
    kinds: { values: f.byKind.map((k) => k.count), total: f.total },
    months: { values: f.byMonth, total: f.total },
    referrals: { values: f.agencies.map((a) => a.referrals), total: f.referralsTotal },
  });
}

/**
 * The rule for one count standing alone (no total it is part of is published): withheld below SMALL_COUNT when
 * `suppressed`. A count that is part of a published total goes through suppressList / suppressTable instead.
 */
export function countOf(value: number, { suppressed }: { suppressed: boolean }): Published {
  return suppressed && value < SMALL_COUNT ? null : value;
}

/**
 * A share in percent (one decimal). Exact: wherever it has a denominator. Suppressed: only when those with the
 * property and those without are both SMALL_COUNT or more (the rule at the top of this file).
 */
export function shareOf({ num, den }: Ratio, { suppressed }: { suppressed: boolean }): number | null {
  if (den <= 0) return null;
  if (suppressed && (num < SMALL_COUNT || den - num < SMALL_COUNT)) return null;
  return percent(num, den);
}

/** A median (or another quantile) of `n` cases. Exact: wherever there is a case. Suppressed: over SMALL_COUNT cases or more. */
export function medianOf({ value, n }: Median, { suppressed }: { suppressed: boolean }): number | null {
  return n >= (suppressed ? SMALL_COUNT : 1) ? value : null;
}

/**
 * Cases a 90th percentile needs before a suppressed copy prints it. Over 5 cases the 90th percentile is the longest
 * case (percentile_cont interpolates between the last two), i.e. one reporter's case; over 10 it is between the two
 * longest. Exact copies print it over any case.
 */
export const P90_MIN_CASES = 10;

/** A 90th percentile of `n` cases: the median's rule with P90_MIN_CASES when suppressed. */
export function p90Of({ value, n }: Median, { suppressed }: { suppressed: boolean }): number | null {
  return n >= (suppressed ? P90_MIN_CASES : 1) ? value : null;
}

function percent(num: number, den: number): number {
  return Math.round((num / den) * 1000) / 10;
}

/** Reports per 100,000 inhabitants, two decimals; null without a population. */
export function per100k(count: number, population: number): number | null {
  return population > 0 ? Math.round((count / population) * 100_000 * 100) / 100 : null;
}
