// Review H1 (issue #17): a province's or an agency's suppressed annual report must not give back, with the national
// public figures and every other scope's report, a count any of them withheld. The attack here is built from what
// the documents PRINT (not from the module's own equations): every number a reader can add up, as one linear system
// over all documents at once; a quantity printed anywhere is known everywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rng } from '@/scripts/seed-large/random';
import type { RawFigures } from './compute-figures';
import { emptyProvinceCounts, type ProvinceCounts } from './compute-province-breakdown';
import { FUNNEL_STAGES, FUNNEL_STEPS, REPORT_KINDS, type StatsFigures } from './figures';
import { determinedTerms, type Equation } from './linear-attack';
import { linkScopedFigures, type ScopedLinkInput } from './link-scoped-figures';
import { publicFigures } from './project-figures';
import { SMALL_COUNT, type Published } from './suppress';

type World = {
  national: RawFigures;
  breakdown: Map<number, ProvinceCounts>;
  ownOf: (scope: ScopedLinkInput['scope']) => RawFigures;
  agencyProvince: Map<string, number | null>;
  nationalTopics: { id: number; reports: number }[];
  /** The agencies' reports by province × category (rows add up to the province × agency referrals). */
  agencyCells: Map<string, number[][]>;
};

const split = (total: number, parts: number, random: () => number) => {
  const cuts = Array.from({ length: parts - 1 }, () => Math.floor(random() * (total + 1))).sort((a, b) => a - b);
  return [...cuts, total].map((c, i) => c - (i ? cuts[i - 1]! : 0));
};

/** A country of P provinces with small counts (so that suppression has work to do), consistent in every breakdown. */
function world(seed: number, { provinces: P = 4, categories: C = 3, agencies: A = 3, max = 14 } = {}): World {
  const random = rng(seed);
  const int = (hi: number) => Math.floor(random() * (hi + 1));
  const provinces = Array.from({ length: P }, (_, i) => ({ id: i + 1, name: `p${i + 1}`, nameEn: `P${i + 1}`, population: 1_000_000 }));
  const categories = Array.from({ length: C }, (_, j) => ({ id: j + 1, name: `c${j + 1}`, nameEn: `C${j + 1}` }));
  const agencyIds = Array.from({ length: A }, (_, k) => `a${k + 1}`);
  // The first agency is national, the others belong to a province each.
  const agencyProvince = new Map(agencyIds.map((a, k) => [a, k === 0 ? null : 1 + (k % P)]));
  const cells = provinces.map(() => categories.map(() => int(max)));
  const breakdown = new Map<number, ProvinceCounts>();
  const agencyCells = new Map(agencyIds.map((a) => [a, provinces.map(() => categories.map(() => 0))]));
  provinces.forEach((p, i) => {
    const total = cells[i]!.reduce((a, b) => a + b, 0);
    const c = emptyProvinceCounts();
    split(total, 3, random).forEach((v, k) => (c.byKind[REPORT_KINDS[k]!] = v));
    c.byMonth = split(total, 12, random);
    const reviewed = Math.min(total, int(total));
    const referred = Math.min(reviewed, int(reviewed));
    const answered = int(referred);
    c.funnel = {
      received: total,
      reviewed,
      referred,
      answered,
      resolved: int(answered),
      stages: FUNNEL_STAGES.map((stage, s) => {
        const entered = Math.max(0, total - s * int(3));
        return { stage, entered, rejected: int(Math.min(entered, 4)) };
      }),
    };
    // Each referred report goes to one agency (its category's cell, so the agencies' tables add up too).
    let left = referred;
    for (let j = 0; j < C && left > 0; j++) {
      for (let r = 0; r < cells[i]![j]! && left > 0; r++, left--) {
        const a = agencyIds[int(A - 1)]!;
        c.referrals.set(a, (c.referrals.get(a) ?? 0) + 1);
        agencyCells.get(a)![i]![j]! += 1;
      }
    }
    FUNNEL_STAGES.forEach((s) => (c.visits[s] = int(max)));
    [1, 2].forEach((t) => c.topics.set(t, int(max)));
    breakdown.set(p.id, c);
  });
  const sum = (f: (c: ProvinceCounts) => number) => provinces.reduce((a, p) => a + f(breakdown.get(p.id)!), 0);
  const agencyRaw = (a: string): RawFigures['agencies'][number] => ({
    id: a,
    slug: a,
    name: a,
    nameEn: a,
    referrals: sum((c) => c.referrals.get(a) ?? 0),
    acknowledgedWithinDue: { num: 0, den: 0 },
    answeredWithinDue: { num: 0, den: 0 },
    sentBack: { num: 0, den: 0 },
    satisfied: { num: 0, den: 0 },
    medianDaysToAcknowledge: { value: null, n: 0 },
    medianDaysToAnswer: { value: null, n: 0 },
  });
  const funnelSum = (pick: (c: ProvinceCounts) => RawFigures['funnel']): RawFigures['funnel'] => ({
    received: sum((c) => pick(c).received),
    reviewed: sum((c) => pick(c).reviewed),
    referred: sum((c) => pick(c).referred),
    answered: sum((c) => pick(c).answered),
    resolved: sum((c) => pick(c).resolved),
    stages: FUNNEL_STAGES.map((stage, s) => ({ stage, entered: sum((c) => pick(c).stages[s]!.entered), rejected: sum((c) => pick(c).stages[s]!.rejected) })),
  });
  const national: RawFigures = {
    year: 1404,
    provinces,
    categories,
    cells,
    byKind: Object.fromEntries(REPORT_KINDS.map((k) => [k, sum((c) => c.byKind[k])])) as RawFigures['byKind'],
    byMonth: Array.from({ length: 12 }, (_, m) => sum((c) => c.byMonth[m]!)),
    funnel: funnelSum((c) => c.funnel),
    agencies: agencyIds.map(agencyRaw),
  };
  const ownOf = (scope: ScopedLinkInput['scope']): RawFigures => {
    if (scope.kind === 'province') {
      const i = provinces.findIndex((p) => p.id === scope.provinceId);
      const c = breakdown.get(scope.provinceId)!;
      return {
        ...national,
        provinces: [provinces[i]!],
        cells: [cells[i]!],
        byKind: c.byKind,
        byMonth: c.byMonth,
        funnel: c.funnel,
        agencies: agencyIds
          .filter((a) => [null, scope.provinceId].includes(agencyProvince.get(a)!) || c.referrals.has(a))
          .map((a) => ({ ...agencyRaw(a), referrals: c.referrals.get(a) ?? 0 })),
      };
    }
    const own = agencyCells.get(scope.agencyId)!;
    const total = own.flat().reduce((a, b) => a + b, 0);
    const kinds = split(total, 3, rng(seed + 1));
    return {
      ...national,
      cells: own,
      byKind: Object.fromEntries(REPORT_KINDS.map((k, i) => [k, kinds[i]!])) as RawFigures['byKind'],
      byMonth: split(total, 12, rng(seed + 2)),
      funnel: {
        received: total,
        reviewed: total,
        referred: total,
        answered: 0,
        resolved: 0,
        stages: FUNNEL_STAGES.map((stage) => ({ stage, entered: total, rejected: 0 })),
      },
      agencies: [agencyRaw(scope.agencyId)],
    };
  };
  const nationalTopics = [1, 2].map((id) => ({ id, reports: sum((c) => c.topics.get(id) ?? 0) }));
  return { national, breakdown, ownOf, agencyProvince, nationalTopics, agencyCells };
}

const months = { from: 1, to: 12 };
/** A country where the copies suppressed one by one (as before the fix) give counts back. */
const SEED_BEFORE_FIX = 7;

/** Every document a reader can hold: the national public figures, every province's copy, every agency's copy. */
function documents(w: World) {
  const input = (scope: ScopedLinkInput['scope']): ScopedLinkInput => ({
    scope,
    national: w.national,
    months,
    breakdown: w.breakdown,
    own: w.ownOf(scope),
    agencyProvince: w.agencyProvince,
    nationalTopics: w.nationalTopics,
  });
  return {
    national: publicFigures(w.national, { months }),
    provinces: w.national.provinces.map((p) => ({ id: p.id, ...linkScopedFigures(input({ kind: 'province', provinceId: p.id })) })),
    agencies: w.national.agencies.map((a) => ({ id: a.id, ...linkScopedFigures(input({ kind: 'agency', agencyId: a.id })) })),
  };
}

/** The copies as they were before the fix: each scope suppressed on its own (publicFigures of its own counts). */
function unlinkedDocuments(w: World): ReturnType<typeof documents> {
  const linked = documents(w);
  const alone = (c: number) => (c >= SMALL_COUNT ? c : null);
  return {
    national: linked.national,
    provinces: w.national.provinces.map((p) => {
      const c = w.breakdown.get(p.id)!;
      return {
        id: p.id,
        figures: publicFigures(w.ownOf({ kind: 'province', provinceId: p.id }), { months }),
        visits: Object.fromEntries(FUNNEL_STAGES.map((s) => [s, alone(c.visits[s])])) as Record<(typeof FUNNEL_STAGES)[number], Published>,
        topics: new Map([...c.topics].filter(([, v]) => v >= SMALL_COUNT)),
      };
    }),
    agencies: w.national.agencies.map((a) => ({
      id: a.id,
      figures: publicFigures(w.ownOf({ kind: 'agency', agencyId: a.id }), { months }),
      visits: null,
      topics: null,
    })),
  };
}

/**
 * The attacker's system: one term per quantity (its true value kept for the check), known when any document
 * prints it; the equations every reader knows hold between them.
 */
function attack(w: World, docsOf: (w: World) => ReturnType<typeof documents> = documents) {
  const docs = docsOf(w);
  const truth = new Map<string, number>();
  const known = new Map<string, Published>();
  const see = (id: string, value: number, shown: Published) => {
    if (truth.has(id) && truth.get(id) !== value) throw new Error(`two values for ${id}`);
    truth.set(id, value);
    if (shown !== null && shown !== value) throw new Error(`${id} printed as ${shown}, is ${value}`);
    if (!known.has(id) || known.get(id) === null) known.set(id, shown);
  };
  const equations: Equation[] = [];
  const eq = (parts: string[], total: string) => equations.push([...parts.map((term) => ({ term, sign: 1 as const })), { term: total, sign: -1 as const }]);
  const { national: n } = w;
  const P = n.provinces.map((p) => p.id);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const N = docs.national;
  // National: province × category, kinds, months, funnel steps and stages, agencies' referrals.
  n.cells.forEach((row, i) => row.forEach((v, j) => see(`cell:${P[i]}:${j}`, v, N.provinceCategory[i]![j]!)));
  P.forEach((p, i) => see(`total:${p}`, sum(n.cells[i]!), N.provinces[i]!.count));
  n.categories.forEach((_, j) => see(`cat:${j}`, sum(n.cells.map((r) => r[j]!)), N.categories[j]!.count));
  see('total', sum(n.cells.flat()), N.total);
  REPORT_KINDS.forEach((k, i) => see(`kind:${k}`, n.byKind[k], N.byKind[i]!.count));
  n.byMonth.forEach((v, m) => see(`month:${m}`, v, N.byMonth[m]!));
  FUNNEL_STEPS.forEach((s, i) => see(`step:${s}`, n.funnel[s], N.funnel.steps[i]!.count));
  FUNNEL_STAGES.forEach((s, i) => {
    see(`entered:${s}`, n.funnel.stages[i]!.entered, N.funnel.stages[i]!.entered);
    see(`rejected:${s}`, n.funnel.stages[i]!.rejected, N.funnel.stages[i]!.rejected);
    see(
      `visits:${s}`,
      sum(P.map((p) => w.breakdown.get(p)!.visits[s])),
      sum(P.map((p) => w.breakdown.get(p)!.visits[s])) >= SMALL_COUNT ? sum(P.map((p) => w.breakdown.get(p)!.visits[s])) : null,
    );
  });
  w.nationalTopics.forEach((t) => see(`topic:${t.id}`, t.reports, t.reports >= SMALL_COUNT ? t.reports : null));
  n.agencies.forEach((a, k) => see(`ref:${a.id}`, a.referrals, N.agencies[k]!.referrals));
  see('refTotal', sum(n.agencies.map((a) => a.referrals)), N.referralsTotal);
  // Each province's copy.
  for (const d of docs.provinces) {
    const c = w.breakdown.get(d.id)!;
    const f: StatsFigures = d.figures;
    see(`total:${d.id}`, c.funnel.received, f.total);
    f.categories.forEach((cat, j) => see(`cell:${d.id}:${j}`, n.cells[P.indexOf(d.id)]![j]!, cat.count));
    REPORT_KINDS.forEach((k, i) => see(`kind:${d.id}:${k}`, c.byKind[k], f.byKind[i]!.count));
    c.byMonth.forEach((v, m) => see(`month:${d.id}:${m}`, v, f.byMonth[m]!));
    FUNNEL_STEPS.forEach((s, i) => see(`step:${d.id}:${s}`, c.funnel[s], f.funnel.steps[i]!.count));
    FUNNEL_STAGES.forEach((s, i) => {
      see(`entered:${d.id}:${s}`, c.funnel.stages[i]!.entered, f.funnel.stages[i]!.entered);
      see(`rejected:${d.id}:${s}`, c.funnel.stages[i]!.rejected, f.funnel.stages[i]!.rejected);
      see(`visits:${d.id}:${s}`, c.visits[s], d.visits![s]);
    });
    [1, 2].forEach((t) => see(`topic:${d.id}:${t}`, c.topics.get(t) ?? 0, d.topics!.get(t) ?? null));
    n.agencies.forEach((a) => see(`ref:${d.id}:${a.id}`, c.referrals.get(a.id) ?? 0, f.agencies.find((x) => x.id === a.id)?.referrals ?? null));
    see(`refTotal:${d.id}`, sum([...c.referrals.values()]), f.referralsTotal);
  }
  // Each agency's copy: its reports by province (= the province × agency referrals) × category, kinds, months.
  for (const d of docs.agencies) {
    const own = w.ownOf({ kind: 'agency', agencyId: d.id });
    const f = d.figures;
    see(`ref:${d.id}`, own.funnel.received, f.total);
    P.forEach((p, i) => {
      see(`ref:${p}:${d.id}`, sum(own.cells[i]!), f.provinces[i]!.count);
      own.cells[i]!.forEach((v, j) => see(`a:${d.id}:${p}:${j}`, v, f.provinceCategory[i]![j]!));
    });
    own.categories.forEach((_, j) => see(`a:${d.id}:cat:${j}`, sum(own.cells.map((r) => r[j]!)), f.categories[j]!.count));
    REPORT_KINDS.forEach((k, i) => see(`a:${d.id}:kind:${k}`, own.byKind[k], f.byKind[i]!.count));
    own.byMonth.forEach((v, m) => see(`a:${d.id}:month:${m}`, v, f.byMonth[m]!));
  }
  // What every reader knows adds up.
  const C = n.categories.map((_, j) => j);
  P.forEach((p) =>
    eq(
      C.map((j) => `cell:${p}:${j}`),
      `total:${p}`,
    ),
  );
  C.forEach((j) =>
    eq(
      P.map((p) => `cell:${p}:${j}`),
      `cat:${j}`,
    ),
  );
  eq(
    P.map((p) => `total:${p}`),
    'total',
  );
  eq(
    C.map((j) => `cat:${j}`),
    'total',
  );
  eq(
    REPORT_KINDS.map((k) => `kind:${k}`),
    'total',
  );
  eq(
    n.byMonth.map((_, m) => `month:${m}`),
    'total',
  );
  REPORT_KINDS.forEach((k) =>
    eq(
      P.map((p) => `kind:${p}:${k}`),
      `kind:${k}`,
    ),
  );
  n.byMonth.forEach((_, m) =>
    eq(
      P.map((p) => `month:${p}:${m}`),
      `month:${m}`,
    ),
  );
  P.forEach((p) => {
    eq(
      REPORT_KINDS.map((k) => `kind:${p}:${k}`),
      `total:${p}`,
    );
    eq(
      n.byMonth.map((_, m) => `month:${p}:${m}`),
      `total:${p}`,
    );
    eq(
      n.agencies.map((a) => `ref:${p}:${a.id}`),
      `refTotal:${p}`,
    );
  });
  FUNNEL_STEPS.filter((s) => s !== 'received').forEach((s) =>
    eq(
      P.map((p) => `step:${p}:${s}`),
      `step:${s}`,
    ),
  );
  FUNNEL_STAGES.forEach((s) =>
    ['entered', 'rejected', 'visits'].forEach((m) =>
      eq(
        P.map((p) => `${m}:${p}:${s}`),
        `${m}:${s}`,
      ),
    ),
  );
  [1, 2].forEach((t) =>
    eq(
      P.map((p) => `topic:${p}:${t}`),
      `topic:${t}`,
    ),
  );
  n.agencies.forEach((a) =>
    eq(
      P.map((p) => `ref:${p}:${a.id}`),
      `ref:${a.id}`,
    ),
  );
  eq(
    P.map((p) => `refTotal:${p}`),
    'refTotal',
  );
  eq(
    n.agencies.map((a) => `ref:${a.id}`),
    'refTotal',
  );
  for (const a of n.agencies) {
    P.forEach((p, i) =>
      eq(
        C.map((j) => `a:${a.id}:${p}:${j}`),
        `ref:${P[i]}:${a.id}`,
      ),
    );
    C.forEach((j) =>
      eq(
        P.map((p) => `a:${a.id}:${p}:${j}`),
        `a:${a.id}:cat:${j}`,
      ),
    );
    eq(
      C.map((j) => `a:${a.id}:cat:${j}`),
      `ref:${a.id}`,
    );
    eq(
      REPORT_KINDS.map((k) => `a:${a.id}:kind:${k}`),
      `ref:${a.id}`,
    );
    eq(
      n.byMonth.map((_, m) => `a:${a.id}:month:${m}`),
      `ref:${a.id}`,
    );
  }
  for (const e of equations) for (const t of e) if (!truth.has(t.term)) throw new Error(`no value for ${t.term}`);
  const underProtected = equations.filter((e) => {
    const total = e[e.length - 1]!.term;
    if (known.get(total) === null) return false;
    const hidden = e.slice(0, -1).filter((t) => known.get(t.term) === null);
    return hidden.length > 0 && hidden.reduce((a, t) => a + truth.get(t.term)!, 0) < SMALL_COUNT;
  });
  return { recovered: determinedTerms(equations, known), underProtected: underProtected.map((e) => e.map((t) => t.term).join('+')) };
}

describe('scoped annual figures linked to the national ones (issue #17, review H1)', () => {
  it('copies suppressed each on its own gave withheld counts back; linked, the same country gives nothing back', () => {
    const w = world(SEED_BEFORE_FIX);
    expect(attack(w, unlinkedDocuments).recovered.length).toBeGreaterThan(0);
    const r = attack(w);
    expect(r.recovered).toEqual([]);
    expect(r.underProtected).toEqual([]);
  });

  it('no withheld count of any document is fixed by all of them together, and no line with a printed total hides 1–4', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 20 }), (seed, provinces, max) => {
        const r = attack(world(seed, { provinces, max }));
        expect(r.recovered).toEqual([]);
        expect(r.underProtected).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('a province copy prints its own row of the national province × category table as /stats publishes it', () => {
    const w = world(11, { max: 30 });
    const pub = publicFigures(w.national, { months });
    const docs = documents(w);
    docs.provinces.forEach((d, i) => {
      expect(d.figures.provinceCategory).toEqual([pub.provinceCategory[i]]);
      expect(d.figures.total).toBe(pub.provinces[i]!.count);
    });
  });

  it('a province copy lists the national agencies and its own only, whether referred to or not', () => {
    const w = world(5, { provinces: 3, agencies: 4, max: 30 });
    const docs = documents(w);
    for (const d of docs.provinces) {
      const listed = d.figures.agencies.map((a) => a.id).sort();
      const expected = [...w.agencyProvince].filter(([, p]) => p === null || p === d.id).map(([a]) => a);
      expect(listed).toEqual(expected.filter((a) => w.ownOf({ kind: 'province', provinceId: d.id }).agencies.some((x) => x.id === a)).sort());
    }
  });

  it('prints no share or count whose parts add up to a national figure outside the linked pass (review of this stop)', () => {
    // /stats: referred 40, referrals 40 (so each referred report went to one agency) and answered 25; agency copies
    // printing answered 10 and 12 gave a third agency's withheld 3 back. Province copies printing an agency's share of
    // a printed referral count gave its numerator back, and those add up to the national one.
    const w = world(13, { provinces: 4, agencies: 3, max: 30 });
    const docs = documents(w);
    for (const d of docs.agencies) {
      const steps = Object.fromEntries(d.figures.funnel.steps.map((s) => [s.step, s.count]));
      expect(steps.answered).toBeNull();
      expect(steps.resolved).toBeNull();
      expect(steps.reviewed).toBe(d.figures.total);
      expect(d.figures.funnel.stages.every((s) => s.entered === null && s.rejected === null && s.rejectedPercent === null)).toBe(true);
    }
    for (const d of docs.provinces)
      for (const a of d.figures.agencies) {
        expect([a.acknowledgedWithinDuePercent, a.answeredWithinDuePercent, a.sentBackPercent, a.satisfiedPercent]).toEqual([null, null, null, null]);
      }
  });
});
