import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverableByLinearAlgebra } from './linear-attack';
import { recoverableBySubtraction, SMALL_COUNT, suppressList, suppressTable } from './suppress';

describe('small-count suppression (issue #16)', () => {
  it('withholds every count below 5, zero included, and publishes the rest', () => {
    const t = suppressTable({ cells: [[12, 30, 7]] });
    expect(t.cells).toEqual([[12, 30, 7]]);
    expect(t.total).toBe(49);
    expect(suppressList([0, 10, 20]).values[0]).toBeNull();
  });

  it('withholds a second cell where one alone could be recovered from its row total', () => {
    // Province A: 3 reports of one kind, 40 and 50 of others, total 93: 93 - 40 - 50 = 3 unless another goes too.
    const t = suppressTable({ cells: [[3, 40, 50]] });
    expect(t.cells[0]![0]).toBeNull();
    expect(t.cells[0]![1]).toBeNull(); // the smallest other cell
    expect(t.cells[0]![2]).toBe(50);
    expect(recoverableBySubtraction(t)).toEqual([]);
  });

  it('protects a cell across rows and columns and the margins published as other tables', () => {
    // Province × category; the one-way tables "by province" and "by category" are this table's margins.
    const cells = [
      [2, 30, 41],
      [25, 18, 60],
      [33, 3, 12],
    ];
    const t = suppressTable({ cells });
    expect(recoverableBySubtraction(t)).toEqual([]);
    expect(t.cells[0]![0]).toBeNull();
    expect(t.cells[2]![1]).toBeNull();
    // Whatever is published is the true number.
    t.cells.forEach((row, i) => row.forEach((v, j) => v === null || expect(v).toBe(cells[i]![j])));
  });

  it('withholds a total when it is small, and then its line', () => {
    const t = suppressTable({
      cells: [
        [1, 2],
        [40, 50],
      ],
    });
    expect(t.rowTotals[0]).toBeNull();
    expect(recoverableBySubtraction(t)).toEqual([]);
  });

  it('never leaves a withheld count recoverable by subtraction, for any table (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((cols) => fc.array(fc.array(fc.nat({ max: 60 }), { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 8 })),
        (cells) => {
          const t = suppressTable({ cells });
          expect(recoverableBySubtraction(t)).toEqual([]);
          // Small counts never show; published counts are true.
          t.cells.forEach((row, i) =>
            row.forEach((v, j) => {
              if (cells[i]![j]! < SMALL_COUNT) expect(v).toBeNull();
              else if (v !== null) expect(v).toBe(cells[i]![j]);
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never leaves a withheld count fixed by the equations solved together, for any table (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 7 })
          .chain((cols) =>
            fc.array(fc.array(fc.oneof(fc.nat({ max: 7 }), fc.nat({ max: 60 })), { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 9 }),
          ),
        (cells) => {
          expect(recoverableByLinearAlgebra(suppressTable({ cells }))).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never leaves the withheld parts of a line with a published total adding up to 1–4 or to 0 (property)', () => {
    // Rule 5 (h16x review): total − shown = the withheld parts' sum; below 5 it is itself a small count, and 0
    // tells that every withheld part is 0.
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 7 })
          .chain((cols) =>
            fc.array(fc.array(fc.oneof(fc.nat({ max: 7 }), fc.nat({ max: 60 })), { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 9 }),
          ),
        (cells) => {
          const t = suppressTable({ cells });
          const lines: [(number | null)[], number[], number | null][] = [
            ...t.cells.map((row, i): [(number | null)[], number[], number | null] => [row, cells[i]!, t.rowTotals[i]!]),
            ...t.colTotals.map((total, j): [(number | null)[], number[], number | null] => [t.cells.map((r) => r[j]!), cells.map((r) => r[j]!), total]),
          ];
          for (const [shown, exact, total] of lines) {
            if (total === null || !shown.includes(null)) continue;
            const withheldSum = exact.reduce((a, v, k) => a + (shown[k] === null ? v : 0), 0);
            expect(withheldSum).toBeGreaterThanOrEqual(SMALL_COUNT);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
