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
});
