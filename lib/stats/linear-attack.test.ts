import { describe, expect, it } from 'vitest';
import { recoverableByLinearAlgebra } from './linear-attack';
import { recoverableBySubtraction, type PublishedTable } from './suppress';

describe('the linear attack on a published table (issue #16)', () => {
  it('finds a withheld cell that no single equation gives away but rows and columns together do', () => {
    // Two 2×2 blocks of withheld cells joined by one withheld cell (row 1, column 2): every row and column has two
    // withheld terms, yet rows 0+1 minus columns 0+1 leave that one cell alone.
    const t: PublishedTable = {
      cells: [
        [null, null, 9, 9],
        [null, null, null, 9],
        [9, 9, null, null],
        [9, 9, null, null],
      ],
      rowTotals: [20, 21, 22, 23],
      colTotals: [24, 25, 26, 27],
      total: 86,
    };
    expect(recoverableBySubtraction(t)).toEqual([]);
    expect(recoverableByLinearAlgebra(t)).toEqual(['c1,2']);
  });

  it('finds nothing where every withheld cell lies on a cycle', () => {
    const t: PublishedTable = {
      cells: [
        [null, null, 9],
        [null, null, 9],
        [9, 9, 9],
      ],
      rowTotals: [20, 20, 27],
      colTotals: [20, 20, 27],
      total: 67,
    };
    expect(recoverableByLinearAlgebra(t)).toEqual([]);
  });

  it('sees a withheld total that the other margin gives away', () => {
    const t: PublishedTable = { cells: [[null, null]], rowTotals: [null], colTotals: [null, null], total: 12 };
    expect(recoverableByLinearAlgebra(t)).toEqual(['r0']);
  });
});
