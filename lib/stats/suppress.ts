// Small-count suppression for every published table (issue #16, "Protecting reporters"). Client-safe, pure.
//
// Rule (docs/open-data.md will state it for readers):
// 1. Primary: every count below SMALL_COUNT (5), zero included, is withheld — shown as «پنهان» (withheld), absent
//    from open data. A published 0 would tell that a province had no report of a kind, and a 0 next to
//    withheld cells narrows them; so 0 counts as small.
// 2. Complementary: a table is published with its row totals, its column totals and its grand total. Each
//    of these is an equation (the cells of a row add up to the row's total, and so on). An equation with
//    exactly one withheld term gives that term away by subtraction. So while some equation has exactly one
//    withheld term, the smallest other published term of it is withheld too (a cell before the total: the
//    totals are what readers need most). This ends: each step withholds one more of finitely many terms.
// 3. Other tables: a one-way table (reports by province) is published as the margin of the two-way table
//    it summarizes (province × category), through the same call, so the same numbers are withheld in both.
//
// 4. Equations together: no withheld count may be fixed by the whole system of row, column and margin
//    equations either (lib/stats/linear-attack.ts solves it); while one is, more is withheld.
//
// 5. Protection: the withheld terms of an equation whose total is published add up to a known number (the
//    total minus what is shown). That sum must be 0 withheld terms or at least SMALL_COUNT: withheld cells
//    summing to 3 tell that exactly 3 reports lie among them, and withheld cells summing to 0 are each known
//    to be 0. While one equation's withheld terms add up to less, its smallest published part is withheld
//    too (a total last, the grand total never while anything else is left).
//
// What it does not claim: bounds from non-negativity (a withheld cell lies between 0 and its published row
// total) narrow a withheld cell to a range; a withheld count is never known exactly, by subtraction of any
// single published row, column or total (the attack the issue names) or by any combination of them.

import { recoverableByLinearAlgebra } from './linear-attack';

/** Counts below this are withheld. The Office for National Statistics and most health registries use 5 or 10. */
export const SMALL_COUNT = 5;

/** A published count, or null where it is withheld. */
export type Published = number | null;

/** A two-way table of counts (rows × columns) with its margins, as computed (all numbers known). */
export type CountTable = { cells: readonly (readonly number[])[] };

/** The same table as it may be published. */
export type PublishedTable = {
  cells: Published[][];
  rowTotals: Published[];
  colTotals: Published[];
  total: Published;
};

/** One number of the table; `id` names it as lib/stats/linear-attack.ts does (c<i>,<j>, r<i>, k<j>, total). */
type Term = {
  id: string;
  get: () => Published;
  value: number;
  withhold: () => void;
  isTotal: boolean;
  /** The order in which the terms of an equation are sacrificed: cells, then row and column totals, the grand total last. */
  rank: 0 | 1 | 2;
};

/**
 * Withholds the small counts of a table and enough others that none can be recomputed by subtraction
 * from any row, column or total (see the rule above). Margins are computed from the cells. A table with
 * no rows or columns publishes only its total.
 * @param threshold counts below it are withheld (default SMALL_COUNT)
 */
export function suppressTable({ cells }: CountTable, threshold = SMALL_COUNT): PublishedTable {
  const rows = cells.length;
  const cols = rows ? cells[0]!.length : 0;
  if (cells.some((r) => r.length !== cols)) throw new Error('suppressTable: rows of different lengths');
  const rowTotalsRaw = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotalsRaw = Array.from({ length: cols }, (_, j) => cells.reduce((a, r) => a + r[j]!, 0));
  const totalRaw = rowTotalsRaw.reduce((a, b) => a + b, 0);
  const small = (n: number) => (n < threshold ? null : n);
  const out: PublishedTable = {
    cells: cells.map((r) => r.map(small)),
    rowTotals: rowTotalsRaw.map(small),
    colTotals: colTotalsRaw.map(small),
    total: small(totalRaw),
  };
  const cell = (i: number, j: number): Term => ({
    id: `c${i},${j}`,
    get: () => out.cells[i]![j]!,
    value: cells[i]![j]!,
    withhold: () => void (out.cells[i]![j] = null),
    isTotal: false,
    rank: 0,
  });
  const rowTotal = (i: number): Term => ({
    id: `r${i}`,
    get: () => out.rowTotals[i]!,
    value: rowTotalsRaw[i]!,
    withhold: () => void (out.rowTotals[i] = null),
    isTotal: true,
    rank: 1,
  });
  const colTotal = (j: number): Term => ({
    id: `k${j}`,
    get: () => out.colTotals[j]!,
    value: colTotalsRaw[j]!,
    withhold: () => void (out.colTotals[j] = null),
    isTotal: true,
    rank: 1,
  });
  const grand: Term = { id: 'total', get: () => out.total, value: totalRaw, withhold: () => void (out.total = null), isTotal: true, rank: 2 };
  // Every equation of the published table: each row with its total, each column with its total, and the
  // margins with the grand total.
  const equations: Term[][] = [
    ...Array.from({ length: rows }, (_, i) => [...Array.from({ length: cols }, (_, j) => cell(i, j)), rowTotal(i)]),
    ...Array.from({ length: cols }, (_, j) => [...Array.from({ length: rows }, (_, i) => cell(i, j)), colTotal(j)]),
    [...Array.from({ length: rows }, (_, i) => rowTotal(i)), grand],
    [...Array.from({ length: cols }, (_, j) => colTotal(j)), grand],
  ];
  // The smallest published cell of these equations first (least information lost), then a row or column
  // total, the grand total only when nothing else is left (it is one number in every table of a year).
  const withholdNextIn = (terms: Term[]) => {
    const next = terms.filter((t) => t.get() !== null).sort((a, b) => a.rank - b.rank || a.value - b.value)[0];
    next?.withhold();
    return next !== undefined;
  };
  // Rule 5: an equation (its parts, then its total last) whose total is shown and whose withheld parts add up
  // to less than the threshold, without being none.
  const underProtected = (terms: Term[]) => {
    const sum = terms[terms.length - 1]!;
    if (sum.get() === null) return false;
    const withheld = terms.slice(0, -1).filter((t) => t.get() === null);
    return withheld.length > 0 && withheld.reduce((a, t) => a + t.value, 0) < threshold;
  };
  const singleEquations = () => {
    for (let changed = true; changed;) {
      changed = false;
      for (const terms of equations) {
        const parts = terms.slice(0, -1);
        if (terms.filter((t) => t.get() === null).length === 1 && withholdNextIn(terms)) changed = true;
        else if (underProtected(terms) && withholdNextIn(parts.some((t) => t.get() !== null) ? parts : terms)) changed = true;
      }
    }
  };
  singleEquations();
  // 4. The equations together (lib/stats/linear-attack.ts): adding and subtracting several rows and columns can
  //    still fix a withheld cell (one that is the only link between two groups of withheld cells). While one is
  //    fixed, another number of an equation it is in is withheld, and rule 2 runs again.
  for (let fixed = recoverableByLinearAlgebra(out); fixed.length; fixed = recoverableByLinearAlgebra(out)) {
    const around = equations.filter((terms) => terms.some((t) => t.id === fixed[0]));
    if (!withholdNextIn(around.flat())) break;
    singleEquations();
  }
  return out;
}

/** A one-way table (counts by one dimension) with its total: a table of one row. */
export function suppressList(values: readonly number[], threshold = SMALL_COUNT): { values: Published[]; total: Published } {
  const t = suppressTable({ cells: [values] }, threshold);
  return { values: t.cells[0] ?? [], total: t.total };
}

/**
 * The subtraction attack, for tests and for a check before anything is published: the withheld terms
 * that some single row, column or margin equation gives away (it has exactly one withheld term).
 * Empty when the table is safe.
 */
export function recoverableBySubtraction(t: PublishedTable): string[] {
  const found: string[] = [];
  const check = (label: string, terms: Published[]) => {
    if (terms.filter((x) => x === null).length === 1) found.push(label);
  };
  t.cells.forEach((row, i) => check(`row ${i}`, [...row, t.rowTotals[i]!]));
  t.colTotals.forEach((total, j) => check(`column ${j}`, [...t.cells.map((r) => r[j]!), total]));
  check('row totals', [...t.rowTotals, t.total]);
  check('column totals', [...t.colTotals, t.total]);
  return found;
}
