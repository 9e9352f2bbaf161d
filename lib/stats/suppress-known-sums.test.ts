// Found by the break-it review of issue #16: attacks on the public figures that the subtraction and linear-algebra checks
// do not model. Each test states what a reader can compute from the published open data; each failed before the fix.
import { describe, expect, it } from 'vitest';
import type { RawFigures } from './compute-figures';
import { publicFigures } from './project-figures';
import { SMALL_COUNT, suppressList, suppressTable, type Published } from './suppress';

/** National figures of one year: one province, one category, the given months (index 0 = Farvardin). */
function rawWithMonths(byMonth: number[]): RawFigures {
  const total = byMonth.reduce((a, b) => a + b, 0);
  return {
    year: 1405,
    provinces: [{ id: 4, name: 'تهران', nameEn: 'Tehran', population: 13_267_637 }],
    categories: [{ id: 6, name: 'مشکلات محله و شهر', nameEn: 'Neighbourhood problem' }],
    cells: [[total]],
    byKind: { REPORT: total, OPINION: 0, SUGGESTION: 0 },
    byMonth,
    funnel: { received: total, reviewed: 0, referred: 0, answered: 0, resolved: 0, stages: [] },
    agencies: [],
  };
}

/** What a reader knows about the withheld terms of one equation: their sum (total minus what is published). */
function withheldSum(values: Published[], total: Published): number | null {
  if (total === null) return null;
  return total - values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

describe('h16x review: suppression beyond the equations', () => {
  it('does not give the current month away through the months that have not come yet (structural zeros)', () => {
    // Refreshed in Azar (month 9) of the current year: Dey, Bahman and Esfand are 0 and everyone knows it.
    // Today they are withheld as "small", so month 9 has three withheld companions on paper and is left alone.
    const currentMonth = 9;
    const f = publicFigures(rawWithMonths([10, 10, 10, 10, 10, 10, 10, 10, 3, 0, 0, 0]), { months: { from: 1, to: currentMonth } });
    const pastAndCurrent = f.byMonth.slice(0, currentMonth);
    const sum = withheldSum(f.byMonth, f.total);
    const withheldSoFar = pastAndCurrent.filter((v) => v === null).length;
    // A reader: total − published months = the withheld ones; the future ones are 0, so if only one month
    // so far is withheld, it is exactly that sum (here 83 − 80 = 3).
    expect({ withheldSoFar, sum }).not.toEqual({ withheldSoFar: 1, sum: 3 });
  });

  it('never lets the withheld terms of an equation add up to fewer than 5 (a "protection level")', () => {
    // By kind: 100 reports, 3 opinions, 0 suggestions. Opinions and suggestions are withheld, the total
    // (103) is published, so a reader learns that exactly 3 reports were opinions or suggestions.
    const kinds = suppressList([100, 3, 0]);
    const sum = withheldSum(kinds.values, kinds.total);
    expect(sum === null || sum === 0 || sum >= SMALL_COUNT).toBe(true);
    expect(sum).not.toBe(3);
  });

  it('does not reveal withheld zeros: one province holding the whole total means every other province is exactly 0', () => {
    // The live demo today: /api/open-data/stats/by-province.csv publishes Tehran = 5 and the total = 5, so
    // the 30 withheld provinces are all exactly 0 — the very zeros the rule withholds as disclosive.
    const cells = [[5], [0], [0]];
    const t = suppressTable({ cells });
    const sum = withheldSum(t.rowTotals, t.total);
    const withheld = t.rowTotals.filter((v) => v === null).length;
    // Withheld cells whose withheld sum is 0 are all known to be 0.
    expect(withheld > 0 && sum === 0).toBe(false);
  });
});
