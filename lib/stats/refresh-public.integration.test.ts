import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { toJalali } from '@/lib/i18n/format';
import { submitReport } from '@/lib/reports/submit-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
import { ensureStatsYear } from '@/lib/testing/stats';
import { statsFiguresSchema, type StatsFigures } from './figures';
import { getPublicStats } from './get-public-stats';
import { getStaffFigures } from './get-staff-figures';
import { determinedTerms, tableEquations, type Equation } from './linear-attack';
import { tablesOf } from './project-figures';
import { PUBLIC_SCOPE, refreshPublicFigures } from './refresh-public';
import { recoverableBySubtraction, SMALL_COUNT, type Published } from './suppress';

// A year of its own (many small cells), so the other test files' reports do not change what is attacked here.
const YEAR = 1394;
let db: Db;

beforeAll(async () => {
  db = await seededDb();
  await ensureStatsYear(db, { year: YEAR, seed: 3 });
}, 120_000);

/**
 * Every equation of every published table at once, as one system: each table's numbers are its own unknowns except
 * the grand total (reports received), which several tables publish and which is therefore one unknown for all.
 */
function wholeSystem(f: StatsFigures): { equations: Equation[]; values: Map<string, Published> } {
  const equations: Equation[] = [];
  const values = new Map<string, Published>();
  for (const [name, table] of tablesOf(f)) {
    const shared = name === 'agencies’ referrals' ? `${name}:total` : 'received';
    const own = tableEquations(table, `${name}:`);
    const rename = (k: string) => (k === `${name}:total` ? shared : k);
    for (const [k, v] of own.values) values.set(rename(k), v);
    for (const e of own.equations) equations.push(e.map((t) => ({ ...t, term: rename(t.term) })));
  }
  return { equations, values };
}

describe('the public figures (issue #16)', () => {
  it('are refreshed into one snapshot per year with reports, and the current year, parsed back with their schema', async () => {
    const { years, ms } = await refreshPublicFigures();
    const current = toJalali(new Date()).jy;
    expect(years).toContain(YEAR);
    expect(years).toContain(current);
    expect(ms).toBeGreaterThanOrEqual(0);
    const rows = await db.statsSnapshot.findMany({ where: { scope: PUBLIC_SCOPE } });
    expect(rows.map((r) => r.year).sort()).toEqual([...years].sort());
    for (const row of rows) expect(statsFiguresSchema.parse(row.data).suppressed).toBe(true);
    const stats = await getPublicStats({ year: YEAR });
    expect(stats.years).toEqual([...years].sort((a, b) => b - a));
    expect(stats.figures?.year).toBe(YEAR);
    expect(stats.refreshedAt).toBeInstanceOf(Date);
  });

  it('give no withheld count away: the subtraction attack and the whole linear system on every published table', async () => {
    const { figures } = await getPublicStats({ year: YEAR });
    const exact = await getStaffFigures({ actor: await createActor(db, ['NATIONAL_OFFICE']), year: YEAR });
    expect(figures).not.toBeNull();
    const f = figures!;
    // The fixture really has many small cells, and a good part of the table is published.
    const cells = f.provinceCategory.flat();
    expect(cells.filter((c) => c === null).length).toBeGreaterThan(50);
    expect(cells.filter((c) => c !== null).length).toBeGreaterThan(10);
    for (const [name, table] of tablesOf(f)) {
      expect(recoverableBySubtraction(table), name).toEqual([]);
      const { equations, values } = tableEquations(table);
      expect(determinedTerms(equations, values), name).toEqual([]);
    }
    const whole = wholeSystem(f);
    expect(determinedTerms(whole.equations, whole.values)).toEqual([]);

    // Every published number is true, and no published count is small.
    const pairs: [Published, number | null][] = [
      [f.total, exact.total],
      ...f.byKind.map((k, i) => [k.count, exact.byKind[i]!.count] as [Published, number | null]),
      ...f.byMonth.map((m, i) => [m, exact.byMonth[i]!] as [Published, number | null]),
      ...cells.map((c, i) => [c, exact.provinceCategory.flat()[i]!] as [Published, number | null]),
      ...f.provinces.map((p, i) => [p.count, exact.provinces[i]!.count] as [Published, number | null]),
      ...f.categories.map((c, i) => [c.count, exact.categories[i]!.count] as [Published, number | null]),
      ...f.funnel.steps.map((s, i) => [s.count, exact.funnel.steps[i]!.count] as [Published, number | null]),
      ...f.funnel.stages.flatMap((s, i) => [
        [s.entered, exact.funnel.stages[i]!.entered],
        [s.rejected, exact.funnel.stages[i]!.rejected],
      ]),
      ...f.agencies.map((a, i) => [a.referrals, exact.agencies[i]!.referrals] as [Published, number | null]),
    ] as [Published, number | null][];
    for (const [published, truth] of pairs) {
      if (published === null) continue;
      expect(published).toBe(truth);
      expect(published).toBeGreaterThanOrEqual(SMALL_COUNT);
    }
    // A rate is withheld exactly when its province's count is.
    for (const p of f.provinces) expect(p.per100k === null).toBe(p.count === null);
    // Shares are published only with 5 or more on each side; 0 % and 100 % never.
    for (const a of f.agencies)
      for (const v of [a.acknowledgedWithinDuePercent, a.answeredWithinDuePercent, a.sentBackPercent, a.satisfiedPercent])
        if (v !== null) expect(v > 0 && v < 100).toBe(true);
    expect(f.agencies.some((a) => a.acknowledgedWithinDuePercent !== null)).toBe(true);
  });

  it('do not move with a new submission until the next refresh', async () => {
    await refreshPublicFigures();
    const current = toJalali(new Date()).jy;
    const before = await getPublicStats({ year: current });
    for (let i = 0; i < SMALL_COUNT + 1; i++)
      await submitReport({ actor: null, input: reportInput({ provinceId: '12' }), files: [], rateKey: `stats-${uniqueSuffix()}` });
    const still = await getPublicStats({ year: current });
    expect(still.figures).toEqual(before.figures);
    expect(still.refreshedAt).toEqual(before.refreshedAt);

    await refreshPublicFigures();
    const after = await getPublicStats({ year: current });
    expect(after.figures!.total).toBeGreaterThanOrEqual((before.figures!.total ?? 0) + SMALL_COUNT + 1);
  });
});
