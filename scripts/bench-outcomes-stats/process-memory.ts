// The memory of the server while it streams an export: every process of the server's tree (server.mjs
// may start helpers), read from /proc/<pid>/status. VmHWM is the peak resident set since the process
// started or since "5" was written to /proc/<pid>/clear_refs, which the benchmark does just before the
// download, so the peak it reports belongs to the export and not to start-up.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

export type Memory = { rssKb: number; hwmKb: number };

/** VmRSS and VmHWM (kB) from the text of /proc/<pid>/status. */
export function parseStatus(text: string): Memory {
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/** `pid` and its descendants, from each process's parent in /proc/<pid>/stat. */
export function processTree(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after its last ")" are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, p] of parent) if (p === tree[i]) tree.push(child);
  return tree;
}

export function memoryOf(pid: number): Memory | null {
  try {
    return parseStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}

/** Resets the peak (VmHWM) of each process; false when the kernel refused (another user's process). */
export function resetPeaks(pids: readonly number[]): boolean {
  let ok = true;
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      ok = false;
    }
  }
  return ok;
}

/** Samples the tree's summed VmRSS every `everyMs` until stopped; returns the highest sum and each process's VmHWM at the end. */
export function sampleTree(pid: number, everyMs = 50) {
  const pids = processTree(pid);
  const peaksReset = resetPeaks(pids);
  let peakRssKb = 0;
  const sample = () => {
    const sum = pids.reduce((s, p) => s + (memoryOf(p)?.rssKb ?? 0), 0);
    peakRssKb = Math.max(peakRssKb, sum);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const hwmKb = pids.reduce((s, p) => s + (memoryOf(p)?.hwmKb ?? 0), 0);
      return { pids, peaksReset, peakRssKb, hwmKb };
    },
  };
}
