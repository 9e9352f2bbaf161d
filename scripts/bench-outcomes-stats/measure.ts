// Timing helpers of bench:outcomes-stats: percentiles of sequential runs (warm-up runs excluded), the
// machine's load at the time (the 2-core machine is shared, so every figure carries it), and the table.
import { readFileSync } from 'node:fs';

export type Timing = { name: string; runs: number; p50: number; p95: number; max: number; note?: string; load?: string };

/** The nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** /proc/loadavg's first figure and the share of time a task waited for a core (/proc/pressure/cpu, some, avg10). */
export function machineLoad(): string {
  try {
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const pressure = /some avg10=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1];
    return `load ${load}${pressure ? `, cpu pressure ${pressure} %` : ''}`;
  } catch {
    return 'load unknown';
  }
}

/** Runs `run` `warmup` times untimed, then `runs` times one after another, and prints one line. */
export async function time(name: string, run: (i: number) => Promise<unknown>, opts: { runs: number; warmup: number }): Promise<Timing> {
  for (let i = 0; i < opts.warmup; i++) await run(i);
  const samples: number[] = [];
  let note: unknown;
  for (let i = 0; i < opts.runs; i++) {
    const t0 = performance.now();
    note = await run(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const t: Timing = {
    name,
    runs: opts.runs,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1]!,
    note: note === undefined ? undefined : String(note),
    load: machineLoad(),
  };
  console.log(
    `${name.padEnd(64)} p50 ${ms(t.p50).padStart(9)} · p95 ${ms(t.p95).padStart(9)} · max ${ms(t.max).padStart(9)}${t.note ? ` · ${t.note}` : ''} · ${t.load}`,
  );
  return t;
}

export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

/** A markdown table of timings, to paste into docs/benchmarks.md. */
export function timingTable(title: string, rows: readonly Timing[]): string {
  const lines = [`**${title}**`, '', '| what | runs | p50 | p95 | max | note | machine at the end |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.name} | ${r.runs} | ${ms(r.p50)} | **${ms(r.p95)}** | ${ms(r.max)} | ${r.note ?? ''} | ${r.load ?? ''} |`);
  return lines.join('\n');
}
