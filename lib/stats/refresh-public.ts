import 'server-only';
import { getDb } from '@/lib/db/client';
import { toJalali } from '@/lib/i18n/format';
import { refreshPublicOutcomes } from '@/lib/outcomes/refresh-public-outcomes';
import { computeFigures } from './compute-figures';
import type { StatsFigures } from './figures';
import { openMonthsOf, publicFigures } from './project-figures';

/** The StatsSnapshot scope of the public figures (suppressed). */
export const PUBLIC_SCOPE = 'public';

/**
 * The hourly job `public-refresh` (lib/jobs/start-jobs.ts): counts the national figures of every Jalali year
 * that has reports (and of the current year, even empty), withholds small counts (project-figures.ts), and
 * replaces the public snapshot rows in one transaction, so /stats and the open-data tables switch from one
 * complete refresh to the next and a new submission shows only then. Counting happens before the transaction
 * (read-only), so the rows are locked only for the write. First, the published outcomes' projection converges
 * (lib/outcomes/refresh-public-outcomes.ts: county threshold, ratings, anything written another way). Returns
 * the years written, the outcome rows changed and how long it all took.
 */
export async function refreshPublicFigures({ now = new Date() }: { now?: Date } = {}): Promise<{
  years: number[];
  outcomes: { upserted: number; removed: number };
  ms: number;
}> {
  const started = performance.now();
  const outcomes = await refreshPublicOutcomes();
  const db = await getDb();
  const [span] = await db.$queryRaw<{ first: Date | null; last: Date | null }[]>`SELECT min("submittedAt") AS first, max("submittedAt") AS last FROM "Report"`;
  const current = toJalali(now).jy;
  const first = span?.first ? toJalali(span.first).jy : current;
  const last = span?.last ? Math.max(toJalali(span.last).jy, current) : current;
  const snapshots: StatsFigures[] = [];
  for (let year = Math.min(first, current); year <= last; year++) {
    const raw = await computeFigures(db, { scope: { kind: 'national' }, year, now });
    // A year between the first and the last without any report has no page of its own.
    if (year !== current && raw.cells.every((row) => row.every((c) => c === 0))) continue;
    // Months that could hold reports: none after today's in the current year, none before the very first report.
    snapshots.push(publicFigures(raw, { months: openMonthsOf(year, { first: span?.first ? toJalali(span.first) : null, today: toJalali(now) }) }));
  }
  await db.$transaction(async (tx) => {
    await tx.statsSnapshot.deleteMany({ where: { scope: PUBLIC_SCOPE } });
    await tx.statsSnapshot.createMany({ data: snapshots.map((data) => ({ scope: PUBLIC_SCOPE, year: data.year, data, refreshedAt: now })) });
  });
  return { years: snapshots.map((s) => s.year), outcomes, ms: Math.round(performance.now() - started) };
}
