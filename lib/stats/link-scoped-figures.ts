// A province's or an agency's suppressed figures, linked to the national ones (issue #17, review H1). Pure.
//
// The national statistics (/stats, open data, the national annual report) publish the country's counts; a
// province's annual report prints that province's share of the same counts, and an agency's report the counts of
// the reports referred to it. Each scope suppressed on its own would let a reader subtract: the national count minus
// the other provinces' printed counts gives back what one province withheld. So the counts of EVERY province are
// suppressed together as the parts of the national figures (suppress-linked.ts), with the national figures fixed as
// the public rule already published them; each province's report then prints its own row. The same pass decides
// the province × agency referrals, whose columns are the agencies' reports by province; an agency's own tables are
// then suppressed with those as fixed row totals. Deterministic: every scoped report of the same data agrees.
//
// What a scoped report prints, and where it comes from:
// - province: total, categories and per 100,000 — its row of the national province × category table, as published;
//   kinds, months, funnel steps, stage entries and rejections, referrals per agency (the national agencies and its
//   own; referrals to other provinces' agencies are counted in its total but never listed, so no listing can tell a
//   withheld count from none), review-stage visits, topics — the linked pass;
// - agency: reports by province (the linked pass's column), by category, kind and month — suppressed inside the
//   agency with those fixed; its other counts stand alone (reports referred to several agencies are counted for
//   each, so no agency's count is the part of a national sum).
// Shares, medians and 90th percentiles keep the stand-alone rule (project-figures.ts); a share whose count is withheld
// is withheld too (the share times a published denominator would give the count back).
import type { ProvinceCounts } from './compute-province-breakdown';
import { emptyProvinceCounts } from './compute-province-breakdown';
import type { RawFigures } from './compute-figures';
import { FIGURES_VERSION, FUNNEL_STAGES, FUNNEL_STEPS, REPORT_KINDS, type FunnelStage, type StatsFigures } from './figures';
import { countOf, medianOf, per100k, publicFigures, shareOf, type OpenMonths } from './project-figures';
import { SMALL_COUNT, type Published } from './suppress';
import { suppressLinked, type LinkedEquation, type LinkedTerm } from './suppress-linked';

export type ScopedLinkInput = {
  scope: { kind: 'province'; provinceId: number } | { kind: 'agency'; agencyId: string };
  /** The country's counts of the year (computeFigures, national). */
  national: RawFigures;
  /** The months that can hold reports (openMonthsOf); the others are structural zeros. */
  months: OpenMonths;
  /** Every province's counts (computeProvinceBreakdown). */
  breakdown: ReadonlyMap<number, ProvinceCounts>;
  /** The scope's own counts (computeFigures with the scope): its agencies' shares and medians, an agency's tables. */
  own: RawFigures;
  /** Each agency's province (null: a national agency). */
  agencyProvince: ReadonlyMap<string, number | null>;
  /** The national report's topics as counted (computeTopics, national, top 10): those of 5 or more are published. */
  nationalTopics: readonly { id: number; reports: number }[];
};

export type ScopedLinkOutput = {
  figures: StatsFigures;
  /** A province's review-stage visits as its report may print them (null for an agency: they stand alone). */
  visits: Record<FunnelStage, Published> | null;
  /** A province's topic id → reports, for the topics its report may list (null for an agency: they stand alone). */
  topics: Map<number, number> | null;
};

const STEPS = FUNNEL_STEPS.filter((s) => s !== 'received');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The scope's figures, suppressed together with every other scope's and fixed to the national public figures. */
export function linkScopedFigures(input: ScopedLinkInput): ScopedLinkOutput {
  const { national, months, breakdown } = input;
  const pub = publicFigures(national, { months });
  const provinces = national.provinces.map((p) => p.id);
  const counts = (p: number) => breakdown.get(p) ?? emptyProvinceCounts();
  const open = Array.from({ length: months.to - months.from + 1 }, (_, i) => months.from - 1 + i);
  const agencies = national.agencies.map((a) => a.id);
  const topicIds = [...new Set([...breakdown.values()].flatMap((c) => [...c.topics.keys()]))].sort((a, b) => a - b);
  const published = new Set(input.nationalTopics.filter((t) => t.reports >= SMALL_COUNT).map((t) => t.id));

  const terms: LinkedTerm[] = [];
  const equations: LinkedEquation[] = [];
  const fixed = (id: string, value: number, shown: Published) => terms.push({ id, value, state: 'fixed', published: shown });
  const free = (id: string, value: number, rank: 0 | 1 = 0) => terms.push({ id, value, state: 'free', rank });

  // The national province × category table as published (all fixed): its withheld row totals are shared unknowns.
  national.cells.forEach((row, i) => row.forEach((v, j) => fixed(`N:c:${i}:${j}`, v, pub.provinceCategory[i]![j] ?? null)));
  provinces.forEach((_, i) => fixed(`N:row:${i}`, sum(national.cells[i]!), pub.provinces[i]!.count));
  national.categories.forEach((_, j) => fixed(`N:col:${j}`, sum(national.cells.map((r) => r[j]!)), pub.categories[j]!.count));
  fixed('N:total', sum(national.cells.flat()), pub.total);
  provinces.forEach((_, i) => equations.push({ parts: national.categories.map((_, j) => `N:c:${i}:${j}`), total: `N:row:${i}` }));
  national.categories.forEach((_, j) => equations.push({ parts: provinces.map((_, i) => `N:c:${i}:${j}`), total: `N:col:${j}` }));
  equations.push({ parts: provinces.map((_, i) => `N:row:${i}`), total: 'N:total' });
  equations.push({ parts: national.categories.map((_, j) => `N:col:${j}`), total: 'N:total' });

  // Kinds and open months: province × kind / month, rows adding up to the province's total, columns to the country's.
  const grid = (name: string, cols: number[], value: (p: number, c: number) => number, shownCol: (c: number) => Published) => {
    cols.forEach((c) => fixed(`N:${name}:${c}`, sum(provinces.map((p) => value(p, c))), shownCol(c)));
    provinces.forEach((p, i) => {
      cols.forEach((c) => free(`${name}:${p}:${c}`, value(p, c)));
      equations.push({ parts: cols.map((c) => `${name}:${p}:${c}`), total: `N:row:${i}` });
    });
    cols.forEach((c) => equations.push({ parts: provinces.map((p) => `${name}:${p}:${c}`), total: `N:${name}:${c}` }));
    equations.push({ parts: cols.map((c) => `N:${name}:${c}`), total: 'N:total' });
  };
  grid(
    'kind',
    REPORT_KINDS.map((_, k) => k),
    (p, k) => counts(p).byKind[REPORT_KINDS[k]!],
    (k) => pub.byKind[k]!.count,
  );
  grid(
    'month',
    open,
    (p, m) => counts(p).byMonth[m]!,
    (m) => pub.byMonth[m] ?? null,
  );

  // Counts that stand alone nationally: each is only the sum of the provinces' (a column, no row total).
  const column = (name: string, value: (p: number) => number, shown: Published) => {
    fixed(`N:${name}`, sum(provinces.map(value)), shown);
    provinces.forEach((p) => free(`${name}:${p}`, value(p)));
    equations.push({ parts: provinces.map((p) => `${name}:${p}`), total: `N:${name}` });
  };
  for (const step of STEPS) column(`step:${step}`, (p) => counts(p).funnel[step], pub.funnel.steps.find((s) => s.step === step)!.count);
  FUNNEL_STAGES.forEach((stage, k) => {
    column(`entered:${stage}`, (p) => counts(p).funnel.stages[k]!.entered, pub.funnel.stages[k]!.entered);
    column(`rejected:${stage}`, (p) => counts(p).funnel.stages[k]!.rejected, pub.funnel.stages[k]!.rejected);
    const visits = (p: number) => counts(p).visits[stage];
    column(`visits:${stage}`, visits, countOf(sum(provinces.map(visits)), { suppressed: true }));
  });
  for (const t of topicIds) {
    const reports = (p: number) => counts(p).topics.get(t) ?? 0;
    column(`topic:${t}`, reports, published.has(t) ? sum(provinces.map(reports)) : null);
  }

  // Province × agency referrals: rows add up to the province's referrals (its own total, rank 1), columns to the
  // agency's national referrals; a province lists the national agencies and its own (the others hidden).
  agencies.forEach((a, k) => fixed(`N:ref:${a}`, national.agencies[k]!.referrals, pub.agencies[k]!.referrals));
  fixed('N:refTotal', sum(national.agencies.map((a) => a.referrals)), pub.referralsTotal);
  provinces.forEach((p) => {
    const ref = counts(p).referrals;
    free(`refTotal:${p}`, sum([...ref.values()]), 1);
    for (const a of agencies) {
      const listed = [null, p].includes(input.agencyProvince.get(a) ?? null);
      terms.push(listed ? { id: `ref:${p}:${a}`, value: ref.get(a) ?? 0, state: 'free' } : { id: `ref:${p}:${a}`, value: ref.get(a) ?? 0, state: 'hidden' });
    }
    equations.push({ parts: agencies.map((a) => `ref:${p}:${a}`), total: `refTotal:${p}` });
  });
  agencies.forEach((a) => equations.push({ parts: provinces.map((p) => `ref:${p}:${a}`), total: `N:ref:${a}` }));
  equations.push({ parts: provinces.map((p) => `refTotal:${p}`), total: 'N:refTotal' });
  equations.push({ parts: agencies.map((a) => `N:ref:${a}`), total: 'N:refTotal' });

  const shown = suppressLinked({ terms, equations });
  const get = (id: string) => shown.get(id) ?? null;
  return input.scope.kind === 'province' ? provinceFigures(input, input.scope.provinceId, pub, get) : agencyFigures(input, input.scope.agencyId, pub, get);
}

type Get = (id: string) => Published;

function provinceFigures(input: ScopedLinkInput, provinceId: number, pub: StatsFigures, get: Get): ScopedLinkOutput {
  const { national, own } = input;
  const i = national.provinces.findIndex((p) => p.id === provinceId);
  const total = pub.provinces[i]!.count;
  const rule = { suppressed: true };
  const stages = FUNNEL_STAGES.map((stage, k) => {
    const entered = get(`entered:${stage}:${provinceId}`);
    const rejected = get(`rejected:${stage}:${provinceId}`);
    const raw = own.funnel.stages[k]!;
    return { stage, entered, rejected, rejectedPercent: entered === null || rejected === null ? null : shareOf({ num: raw.rejected, den: raw.entered }, rule) };
  });
  const listed = own.agencies.filter((a) => [null, provinceId].includes(input.agencyProvince.get(a.id) ?? null));
  const figures: StatsFigures = {
    version: FIGURES_VERSION,
    year: national.year,
    suppressed: true,
    total,
    byKind: REPORT_KINDS.map((kind, k) => ({ kind, count: get(`kind:${provinceId}:${k}`) })),
    provinces: [pub.provinces[i]!],
    categories: pub.categories.map((c, j) => ({ ...c, count: pub.provinceCategory[i]![j] ?? null })),
    provinceCategory: [pub.provinceCategory[i]!],
    byMonth: Array.from({ length: 12 }, (_, m) => (m + 1 < input.months.from || m + 1 > input.months.to ? 0 : get(`month:${provinceId}:${m}`))),
    funnel: {
      steps: FUNNEL_STEPS.map((step) => ({ step, count: step === 'received' ? total : get(`step:${step}:${provinceId}`) })),
      stages,
    },
    // Medians only: a share's numerator (acknowledged within due, answered within due, sent back, satisfied) adds up
    // over the provinces to the national one, which /stats prints as a share of a printed count — a province's
    // withheld numerator would be the national one minus the others (review of this stop).
    agencies: listed.map((a) => ({
      ...standaloneAgency(a),
      acknowledgedWithinDuePercent: null,
      answeredWithinDuePercent: null,
      sentBackPercent: null,
      satisfiedPercent: null,
      referrals: get(`ref:${provinceId}:${a.id}`),
    })),
    referralsTotal: get(`refTotal:${provinceId}`),
  };
  const topics = new Map<number, number>();
  for (const [t] of input.breakdown.get(provinceId)?.topics ?? []) {
    const v = get(`topic:${t}:${provinceId}`);
    if (v !== null) topics.set(t, v);
  }
  return { figures, visits: Object.fromEntries(FUNNEL_STAGES.map((s) => [s, get(`visits:${s}:${provinceId}`)])) as Record<FunnelStage, Published>, topics };
}

function agencyFigures(input: ScopedLinkInput, agencyId: string, pub: StatsFigures, get: Get): ScopedLinkOutput {
  const { national, own, months } = input;
  const k = national.agencies.findIndex((a) => a.id === agencyId);
  const totalShown = k < 0 ? null : pub.agencies[k]!.referrals;
  const totalValue = own.funnel.received;
  const provinces = own.provinces.map((p) => p.id);
  const open = Array.from({ length: months.to - months.from + 1 }, (_, i) => months.from - 1 + i);
  // The agency's own tables: its reports by province (fixed by the linked pass) × category, by kind and by month.
  const terms: LinkedTerm[] = [{ id: 'total', value: totalValue, state: 'fixed', published: totalShown }];
  const equations: LinkedEquation[] = [];
  provinces.forEach((p, i) => {
    terms.push({ id: `row:${i}`, value: sum(own.cells[i]!), state: 'fixed', published: get(`ref:${p}:${agencyId}`) });
    own.categories.forEach((_, j) => terms.push({ id: `c:${i}:${j}`, value: own.cells[i]![j]!, state: 'free' }));
    equations.push({ parts: own.categories.map((_, j) => `c:${i}:${j}`), total: `row:${i}` });
  });
  own.categories.forEach((_, j) => {
    terms.push({ id: `col:${j}`, value: sum(own.cells.map((r) => r[j]!)), state: 'free', rank: 1 });
    equations.push({ parts: provinces.map((_, i) => `c:${i}:${j}`), total: `col:${j}` });
  });
  equations.push({ parts: provinces.map((_, i) => `row:${i}`), total: 'total' });
  equations.push({ parts: own.categories.map((_, j) => `col:${j}`), total: 'total' });
  REPORT_KINDS.forEach((kind) => terms.push({ id: `kind:${kind}`, value: own.byKind[kind], state: 'free' }));
  equations.push({ parts: REPORT_KINDS.map((kind) => `kind:${kind}`), total: 'total' });
  open.forEach((m) => terms.push({ id: `month:${m}`, value: own.byMonth[m]!, state: 'free' }));
  equations.push({ parts: open.map((m) => `month:${m}`), total: 'total' });
  const shown = suppressLinked({ terms, equations });
  const at = (id: string) => shown.get(id) ?? null;

  const self = own.agencies.find((a) => a.id === agencyId);
  const figures: StatsFigures = {
    version: FIGURES_VERSION,
    year: national.year,
    suppressed: true,
    total: totalShown,
    byKind: REPORT_KINDS.map((kind) => ({ kind, count: at(`kind:${kind}`) })),
    provinces: own.provinces.map((p, i) => {
      const c = at(`row:${i}`);
      return { ...p, count: c, per100k: c === null ? null : per100k(c, p.population) };
    }),
    categories: own.categories.map((c, j) => ({ ...c, count: at(`col:${j}`) })),
    provinceCategory: provinces.map((_, i) => own.categories.map((_, j) => at(`c:${i}:${j}`))),
    byMonth: Array.from({ length: 12 }, (_, m) => (m + 1 < months.from || m + 1 > months.to ? 0 : at(`month:${m}`))),
    funnel: {
      // Received, reviewed and referred are the agency's reports (each was reviewed and referred: its total). The
      // rest is withheld: when each referred report went to one agency (which /stats shows when its referrals equal
      // its referred reports), the agencies' answered and resolved counts add up to the national ones, and a
      // withheld one would be the national count minus the others (review of this stop). Stage counts likewise.
      steps: FUNNEL_STEPS.map((step) => ({ step, count: step === 'answered' || step === 'resolved' ? null : totalShown })),
      stages: own.funnel.stages.map((s) => ({ stage: s.stage, entered: null, rejected: null, rejectedPercent: null })),
    },
    agencies: self ? [{ ...standaloneAgency(self), referrals: totalShown }] : [],
    referralsTotal: totalShown,
  };
  return { figures, visits: null, topics: null };
}

/** An agency's shares and medians under the stand-alone rule (its referrals are set by the caller). */
function standaloneAgency(a: RawFigures['agencies'][number]): Omit<StatsFigures['agencies'][number], 'referrals'> {
  const rule = { suppressed: true };
  return {
    id: a.id,
    slug: a.slug,
    name: a.name,
    nameEn: a.nameEn,
    acknowledgedWithinDuePercent: shareOf(a.acknowledgedWithinDue, rule),
    answeredWithinDuePercent: shareOf(a.answeredWithinDue, rule),
    medianDaysToAcknowledge: medianOf(a.medianDaysToAcknowledge, rule),
    medianDaysToAnswer: medianOf(a.medianDaysToAnswer, rule),
    sentBackPercent: shareOf(a.sentBack, rule),
    satisfiedPercent: shareOf(a.satisfied, rule),
  };
}
