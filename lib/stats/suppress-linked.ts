// Suppression of figures that add up to figures published elsewhere (issue #17, review H1). Client-safe, pure.
//
// A province's annual report prints the province's reports by kind; the national statistics print the country's
// reports by kind, which are the provinces' counts added up. Suppressing the province's list on its own is not
// enough: a national total the public statistics published, minus the other provinces' printed counts, gives back a
// count one province's report withheld; and a province's printed count can give back a national count withheld to
// protect another. So the scoped figures are suppressed as the parts of a system of equations whose other terms are
// already decided — published or withheld — by the national figures: `fixed` terms never change; only the `free`
// terms (the scoped counts) are withheld further. The rules are those of suppress.ts, over the whole system:
//
// 1. A free count below the threshold, zero included, is withheld; a `hidden` term (a count a scope's report
//    leaves out, e.g. referrals to another province's agencies) is never shown and counts as withheld.
// 2. An equation with exactly one withheld term gives it away: its smallest published free term is withheld too.
// 5. The withheld terms of an equation whose total is published add up to a known number: 0 withheld terms or at
//    least the threshold, else its smallest published free part is withheld (protection).
// 4. No withheld term may be fixed by all the equations together (linear-attack.ts); while one is, the smallest
//    published free term of an equation it is in is withheld, and 2 and 5 run again.
//
// Free terms are withheld smallest first, a scope's own totals (rank 1) after its cells (rank 0). The result never
// publishes a fixed term differently from how it was fixed.
import { determinedTerms, type Equation } from './linear-attack';
import { SMALL_COUNT, type Published } from './suppress';

/** A number in the system: its true value, and how it is already decided (fixed), or free for this pass. */
export type LinkedTerm =
  | { id: string; value: number; state: 'free'; rank?: 0 | 1 }
  | { id: string; value: number; state: 'fixed'; published: Published }
  | { id: string; value: number; state: 'hidden' };

/** The parts add up to the total (all term ids). */
export type LinkedEquation = { parts: string[]; total: string };

/**
 * Decides which free terms may be published, given the fixed ones. Returns every term's published value (null =
 * withheld). Throws when a fixed published value differs from the term's value (the figures were counted apart) or
 * an equation names an unknown term.
 */
export function suppressLinked({
  terms,
  equations,
  threshold = SMALL_COUNT,
}: {
  terms: readonly LinkedTerm[];
  equations: readonly LinkedEquation[];
  threshold?: number;
}): Map<string, Published> {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const shown = new Map<string, Published>();
  for (const t of terms) {
    if (t.state === 'fixed' && t.published !== null && t.published !== t.value)
      throw new Error(`suppressLinked: ${t.id} is fixed at ${t.published}, counted ${t.value}`);
    shown.set(t.id, t.state === 'fixed' ? t.published : t.state === 'hidden' || t.value < threshold ? null : t.value);
  }
  for (const e of equations) for (const id of [...e.parts, e.total]) if (!byId.has(id)) throw new Error(`suppressLinked: unknown term ${id}`);

  const free = (id: string) => byId.get(id)!.state === 'free';
  const order = (a: string, b: string) => {
    const ta = byId.get(a)!;
    const tb = byId.get(b)!;
    return (ta.state === 'free' ? (ta.rank ?? 0) : 0) - (tb.state === 'free' ? (tb.rank ?? 0) : 0) || ta.value - tb.value;
  };
  /** Withholds the smallest published free term among `ids`; false when there is none. */
  const withholdNextIn = (ids: readonly string[]) => {
    const next = ids.filter((id) => free(id) && shown.get(id) !== null).sort(order)[0];
    if (next === undefined) return false;
    shown.set(next, null);
    return true;
  };
  const underProtected = (e: LinkedEquation) => {
    if (shown.get(e.total) === null) return false;
    const withheld = e.parts.filter((id) => shown.get(id) === null);
    return withheld.length > 0 && withheld.reduce((a, id) => a + byId.get(id)!.value, 0) < threshold;
  };
  const singleEquations = () => {
    for (let changed = true; changed;) {
      changed = false;
      for (const e of equations) {
        const all = [...e.parts, e.total];
        if (all.filter((id) => shown.get(id) === null).length === 1 && withholdNextIn(all)) changed = true;
        else if (underProtected(e) && (withholdNextIn(e.parts) || withholdNextIn(all))) changed = true;
      }
    }
  };
  const system: Equation[] = equations.map((e) => [...e.parts.map((term) => ({ term, sign: 1 as const })), { term: e.total, sign: -1 as const }]);
  singleEquations();
  for (let fixed = determinedTerms(system, shown); fixed.length; fixed = determinedTerms(system, shown)) {
    // Each determined term: withhold one more free term of an equation it is in (all at once: fewer solves).
    let progress = false;
    for (const id of fixed)
      progress = withholdNextIn(equations.filter((e) => e.total === id || e.parts.includes(id)).flatMap((e) => [...e.parts, e.total])) || progress;
    if (!progress) break;
    singleEquations();
  }
  return shown;
}
