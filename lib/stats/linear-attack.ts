// The stronger attack on a published table (issue #16): not one equation at a time, but every row, column and
// margin equation together, solved as a linear system. A withheld count is "recoverable" when the system fixes
// its value, e.g. a withheld cell that links two otherwise separate groups of withheld cells (add the rows of one
// group and subtract its columns: every other unknown cancels). suppress.ts runs it after its own pass and
// withholds more until nothing is fixed; the tests run it on every published table. Client-safe, pure.
//
// Bounds from non-negativity (a withheld cell is between 0 and its row's published total) are not an attack here:
// a withheld count is always known to lie in some range; the rule promises only that it is not known exactly.
import type { Published, PublishedTable } from './suppress';

/** A linear equation: the listed terms (each +1 or −1) add up to zero. A term is a key into `values`. */
export type Equation = { term: string; sign: 1 | -1 }[];

/** The equations of a table: each row and column adds up to its total, and each set of margins to the grand total. */
export function tableEquations(t: PublishedTable, prefix = ''): { equations: Equation[]; values: Map<string, Published> } {
  const values = new Map<string, Published>();
  const key = (k: string) => `${prefix}${k}`;
  t.cells.forEach((row, i) => row.forEach((v, j) => values.set(key(`c${i},${j}`), v)));
  t.rowTotals.forEach((v, i) => values.set(key(`r${i}`), v));
  t.colTotals.forEach((v, j) => values.set(key(`k${j}`), v));
  values.set(key('total'), t.total);
  const equations: Equation[] = [
    ...t.cells.map((row, i) => [...row.map((_, j) => ({ term: key(`c${i},${j}`), sign: 1 as const })), { term: key(`r${i}`), sign: -1 as const }]),
    ...t.colTotals.map((_, j) => [...t.cells.map((_, i) => ({ term: key(`c${i},${j}`), sign: 1 as const })), { term: key(`k${j}`), sign: -1 as const }]),
    [...t.rowTotals.map((_, i) => ({ term: key(`r${i}`), sign: 1 as const })), { term: key('total'), sign: -1 as const }],
    [...t.colTotals.map((_, j) => ({ term: key(`k${j}`), sign: 1 as const })), { term: key('total'), sign: -1 as const }],
  ];
  return { equations, values };
}

/**
 * The withheld terms whose value the equations fix. Published terms are known; the withheld ones are unknowns of
 * the system; an unknown is fixed when it is a pivot of the reduced row echelon form whose row has no free unknown.
 */
export function determinedTerms(equations: readonly Equation[], values: ReadonlyMap<string, Published>): string[] {
  // Equations that share no unknown are independent systems: solved apart, a large sparse system (the annual report's
  // linked figures: thousands of terms, blocks joined by a few) costs the sum of small eliminations, not one big one.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let x = k; x !== r;) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  const unknownsOf = (e: Equation) => e.map((t) => t.term).filter((k) => values.get(k) === null);
  for (const e of equations) {
    const u = unknownsOf(e);
    for (const k of u) if (!parent.has(k)) parent.set(k, k);
    for (const k of u.slice(1)) parent.set(find(k), find(u[0]!));
  }
  const groups = new Map<string, Equation[]>();
  for (const e of equations) {
    const u = unknownsOf(e);
    if (u.length === 0) continue;
    const root = find(u[0]!);
    const group = groups.get(root);
    if (group) group.push(e);
    else groups.set(root, [e]);
  }
  return [...groups.values()].flatMap((group) => determinedInOne(group, values));
}

function determinedInOne(equations: readonly Equation[], values: ReadonlyMap<string, Published>): string[] {
  const unknowns = [...new Set(equations.flatMap((e) => e.map((t) => t.term)))].filter((k) => values.get(k) === null);
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((k, i) => [k, i]));
  // Only the coefficients matter (the constants decide the value, not whether it is fixed).
  const rows = equations
    .map((e) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const { term, sign } of e) if (column.has(term)) row[column.get(term)!]! += sign;
      return row;
    })
    .filter((r) => r.some((x) => x !== 0));
  const EPS = 1e-9;
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < unknowns.length && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!)) best = i;
    if (Math.abs(rows[best]![c]!) < EPS) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const p = rows[r]![c]!;
    rows[r] = rows[r]!.map((x) => x / p);
    for (let i = 0; i < rows.length; i++) {
      if (i === r || Math.abs(rows[i]![c]!) < EPS) continue;
      const f = rows[i]![c]!;
      rows[i] = rows[i]!.map((x, j) => x - f * rows[r]![j]!);
    }
    pivots.push(c);
    r++;
  }
  const pivotSet = new Set(pivots);
  return pivots.filter((c, i) => rows[i]!.every((x, j) => j === c || pivotSet.has(j) || Math.abs(x) < EPS)).map((c) => unknowns[c]!);
}

/** The withheld terms of a table that its equations, solved together, give away (empty when safe). */
export function recoverableByLinearAlgebra(t: PublishedTable): string[] {
  const { equations, values } = tableEquations(t);
  return determinedTerms(equations, values);
}
