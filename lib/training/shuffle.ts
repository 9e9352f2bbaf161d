// The per-attempt order of a quiz's questions and options (issue #18: "questions and options shuffled per attempt").
// Deterministic from the attempt's stored seed, so a reload (or a failed form drawn again without JavaScript) shows the
// same order; a new attempt draws a new seed. Not a secret: the order only discourages copying between learners.

/** mulberry32: a small, well-known 32-bit PRNG; values in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array in a Fisher–Yates order drawn from `seed`; `salt` gives each option list its own order. */
export function seededShuffle<T>(items: readonly T[], seed: number, salt = 0): T[] {
  const next = random((seed ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
