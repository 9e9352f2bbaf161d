// npm run bench:outcomes — how fast /outcomes' data answers (issue #16: page 1 and page 500 p95 < 150 ms)
// and how a full open-data export streams, on a database holding many published outcomes. Runs the data
// layer in-process against DATABASE_URL, sequentially, and prints p50/p95/max with EXPLAIN plans.
// BENCH_RUNS (100) and BENCH_WARMUP (10) set the runs per query. Fill the table first (docs/benchmarks.md,
// "Public outcomes": a few hundred thousand synthetic rows through SQL, or db:seed:large once it writes outcomes).
import { closeDb, getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { exportPublicOutcomes } from '@/lib/outcomes/export-public-outcomes';
import { listPublicOutcomes } from '@/lib/outcomes/list-public-outcomes';
import type { OutcomeFilters } from '@/lib/outcomes/outcome-filters';
import { outcomeKeysQuery, type OutcomeKeysQuery } from '@/lib/outcomes/outcome-query';

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const PAGE = 20;

async function time(name: string, run: () => Promise<number>) {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    rows = await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;
  console.log(
    `${name.padEnd(52)} p50 ${pct(50).toFixed(1).padStart(6)} ms · p95 ${pct(95).toFixed(1).padStart(6)} ms · max ${samples.at(-1)!.toFixed(1).padStart(6)} ms · ${rows} rows`,
  );
}

async function explain(title: string, query: OutcomeKeysQuery) {
  const db = await getDb();
  for (const [part, sql] of Object.entries(query) as [string, Prisma.Sql][]) {
    const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`;
    console.log(`\n--- EXPLAIN: ${title} [${part}]\n${plan.map((p) => p['QUERY PLAN']).join('\n')}`);
  }
}

/** The cursor of page `page` (1-based) of these filters: the seq of the last row of the page before. */
async function cursorOfPage(filters: OutcomeFilters, page: number): Promise<number | undefined> {
  if (page === 1) return undefined;
  const db = await getDb();
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.province) where.push(Prisma.sql`"provinceId" = ${filters.province}`);
  if (filters.agency) where.push(Prisma.sql`"agencyIds" @> ARRAY[${filters.agency}::uuid]`);
  const [row] = await db.$queryRaw<
    { seq: number }[]
  >`SELECT "seq" FROM "PublicOutcome" WHERE ${Prisma.join(where, ' AND ')} ORDER BY "seq" DESC OFFSET ${(page - 1) * PAGE - 1} LIMIT 1`;
  return row?.seq;
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('bench:outcomes needs DATABASE_URL (PostgreSQL with many published outcomes).');
  const db = await getDb();
  const total = await db.publicOutcome.count();
  console.log(`${total} published outcomes\n`);
  const agency = (await db.agency.findFirstOrThrow({ select: { id: true } })).id;
  const cases: [string, OutcomeFilters][] = [
    ['everything', {}],
    ['province', { province: 4 }],
    ['province + category + year', { province: 4, category: 2, year: 1402 }],
    ['agency', { agency }],
    ['resolution', { resolution: 'RESOLVED' }],
    ['search: a common word', { q: 'چراغ' }],
    ['search: two words', { q: 'چراغ کوچه' }],
    ['search: a rare word', { q: 'نادرترین' }],
    ['search: no match', { q: 'ناموجودترین' }],
    ['search + province', { q: 'پسماند', province: 4 }],
  ];
  for (const [name, filters] of cases)
    for (const page of [1, 500]) {
      if (page === 500 && filters.q) continue;
      const after = await cursorOfPage(filters, page);
      if (page > 1 && after === undefined) continue;
      await time(`${name}, page ${page}`, async () => (await listPublicOutcomes({ filters: { ...filters, after }, locale: 'fa' })).items.length);
    }
  await explain('page 500, province', outcomeKeysQuery({ province: 4 }, { after: await cursorOfPage({ province: 4 }, 500), limit: PAGE }));
  await explain('search: a rare word', outcomeKeysQuery({ q: 'نادرترین' }, { limit: PAGE }));
  await explain('search: a common word', outcomeKeysQuery({ q: 'چراغ' }, { limit: PAGE }));

  const t0 = performance.now();
  let bytes = 0;
  let peak = 0;
  const reader = exportPublicOutcomes({ filters: {}, format: 'csv' }).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    bytes += r.value.byteLength;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  console.log(`\nfull CSV export: ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s, peak RSS ${(peak / 1e6).toFixed(0)} MB`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(closeDb);
