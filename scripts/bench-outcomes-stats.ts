// npm run bench:outcomes-stats — issue #16's scale targets on the large data set (npm run db:seed:large,
// 1,000,000 reports): /stats p95 < 200 ms and /outcomes first page and page 500 p95 < 150 ms over HTTP,
// the refresh of the public aggregates < 60 s, and the full CSV export of outcomes streamed with the
// server's peak RSS < 300 MB. Prints each figure as it goes and markdown tables at the end.
//
// Parts (BENCH_PARTS, comma-separated; default sql,refresh,http):
//   sql      in-process, the statements the pages are expected to run (./bench-outcomes-stats/expected-sql.ts)
//            with their EXPLAIN (ANALYZE, BUFFERS), and the seed's projection statement; works before the merge.
//   refresh  refreshPublicOutcomes() and refreshPublicFigures(), imported by path when run (so this file
//            compiles before parts A and C are merged); a missing module is reported and the exit code is 1.
//            Runs before `http`: /stats reads the snapshot the refresh writes.
//   http     starts the production build (server.mjs, SAJAM_JOBS=off) on BENCH_PORT (3600) against
//            DATABASE_URL, unless BENCH_URL names a running server (then BENCH_SERVER_PID for the memory);
//            times /stats, /stats?year=, /outcomes (first page, page 500, filtered, searched), an outcome's
//            page, and streams /api/open-data/outcomes.csv and .json while sampling the server's memory
//            (/proc/<pid>/status: VmRSS every 50 ms, VmHWM reset just before the download).
//
// Knobs: BENCH_RUNS (100) and BENCH_WARMUP (10) for pages and page queries; BENCH_STATS_RUNS (5) for the
// yearly aggregates; BENCH_REFRESH_RUNS (3) and BENCH_REFRESH_WARMUP (1) for the refreshes;
// BENCH_PAGE_SIZE (20) and BENCH_DEEP_PAGE (500). Needs DATABASE_URL (and the keys the server needs:
// NEXTAUTH_SECRET, SAJAM_DATA_KEY, SAJAM_TRACKING_KEY, the same the seed used). The refresh part writes
// (that is its job); the rest only reads.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { closeDb, getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { toJalali } from '@/lib/i18n/format';
import { CsvRecordCounter } from './bench-outcomes-stats/csv-records';
import { STATS_QUERIES, cursorOfPage, outcomesPage, type OutcomeFilters } from './bench-outcomes-stats/expected-sql';
import { machineLoad, ms, time, timingTable, type Timing } from './bench-outcomes-stats/measure';
import { sampleTree } from './bench-outcomes-stats/process-memory';

const PARTS = new Set((process.env.BENCH_PARTS ?? 'sql,refresh,http').split(',').map((p) => p.trim()));
const int = (name: string, fallback: number, min = 1) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, not ${process.env[name]}`);
  return value;
};
const RUNS = int('BENCH_RUNS', 100);
const WARMUP = int('BENCH_WARMUP', 10, 0);
const STATS_RUNS = int('BENCH_STATS_RUNS', 5);
const REFRESH_RUNS = int('BENCH_REFRESH_RUNS', 3);
const REFRESH_WARMUP = int('BENCH_REFRESH_WARMUP', 1, 0);
const PAGE_SIZE = int('BENCH_PAGE_SIZE', 20);
const DEEP_PAGE = int('BENCH_DEEP_PAGE', 500, 2);
const PORT = int('BENCH_PORT', 3600);

const failures: string[] = [];
const tables: string[] = [];

/** The data set the figures describe: what to say beside them. */
async function describeData() {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ reports: number; published: number; outcomes: number; referrals: number; ratings: number; size: string }[]>`
    SELECT (SELECT count(*)::int FROM "Report") AS reports,
           (SELECT count(*)::int FROM "Report" WHERE "status" = 'PUBLISHED') AS published,
           (SELECT count(*)::int FROM "PublicOutcome") AS outcomes,
           (SELECT count(*)::int FROM "Referral") AS referrals,
           (SELECT count(*)::int FROM "ReportRating") AS ratings,
           pg_size_pretty(pg_database_size(current_database())) AS size`;
  if (!row || row.reports === 0) throw new Error('no reports: fill the database with npm run db:seed:large first.');
  console.log(
    `data: ${row.reports} reports, ${row.published} published, ${row.outcomes} PublicOutcome rows, ${row.referrals} referrals, ${row.ratings} ratings, database ${row.size}`,
  );
  return row;
}

/** Filters worth timing, chosen from the data: the province with the most outcomes, a small agency, the current year. */
async function scenarios() {
  const db = await getDb();
  const [province] = await db.$queryRaw<{ provinceId: number }[]>`SELECT "provinceId" FROM "PublicOutcome" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  const [agency] = await db.$queryRaw<{ agencyId: string }[]>`
    SELECT a."agencyId" FROM "PublicOutcome" o, unnest(o."agencyIds") AS a("agencyId") GROUP BY 1 ORDER BY count(*) ASC LIMIT 1`;
  const [category] = await db.$queryRaw<{ categoryId: number }[]>`SELECT "categoryId" FROM "PublicOutcome" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  const [outcome] = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "PublicOutcome" ORDER BY "seq" DESC OFFSET 1000 LIMIT 1`;
  const sample = (await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "PublicOutcome" TABLESAMPLE SYSTEM (1) LIMIT 500`).map((r) => r.id);
  const year = toJalali(new Date()).jy;
  const cursor = async (f: Omit<OutcomeFilters, 'after' | 'q'>) =>
    (await db.$queryRaw<{ seq: number }[]>(cursorOfPage(f, DEEP_PAGE, PAGE_SIZE)))[0]?.seq ?? null;
  const deep = await cursor({});
  const deepProvince = province ? await cursor({ provinceId: province.provinceId }) : null;
  return { province: province?.provinceId, agency: agency?.agencyId, category: category?.categoryId, outcome: outcome?.id, sample, year, deep, deepProvince };
}
type Scenarios = Awaited<ReturnType<typeof scenarios>>;

function outcomeCases(s: Scenarios): { name: string; filters: OutcomeFilters }[] {
  const cases: { name: string; filters: OutcomeFilters }[] = [{ name: 'first page', filters: {} }];
  if (s.deep !== null) cases.push({ name: `page ${DEEP_PAGE} (keyset)`, filters: { after: s.deep } });
  if (s.province !== undefined) {
    cases.push({ name: 'province (largest), first page', filters: { provinceId: s.province } });
    if (s.deepProvince !== null) cases.push({ name: `province (largest), page ${DEEP_PAGE}`, filters: { provinceId: s.province, after: s.deepProvince } });
  }
  if (s.category !== undefined) cases.push({ name: 'category + year, first page', filters: { categoryId: s.category, year: s.year } });
  cases.push({ name: 'resolution UNRESOLVED, first page', filters: { resolution: 'UNRESOLVED' } });
  if (s.agency !== undefined) cases.push({ name: 'agency (fewest outcomes), first page', filters: { agencyId: s.agency } });
  cases.push(
    { name: 'search «پلمب» (common)', filters: { q: 'پلمب' } },
    { name: 'search «پسماند بیمارستانی» (two words)', filters: { q: 'پسماند بیمارستانی' } },
    { name: 'search «آب» + province', filters: { q: 'آب', provinceId: s.province } },
    { name: 'search «زلزله» (no match)', filters: { q: 'زلزله' } },
  );
  return cases;
}

async function explain(title: string, sql: Prisma.Sql) {
  const db = await getDb();
  const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`;
  console.log(`\n--- EXPLAIN: ${title}\n${plan.map((p) => p['QUERY PLAN']).join('\n')}\n`);
}

async function sqlPart(s: Scenarios) {
  const db = await getDb();
  console.log('\n=== sql: the statements /outcomes and /stats are expected to run (in-process, Prisma $queryRaw)\n');
  const outcomes: Timing[] = [];
  const cases = outcomeCases(s);
  for (const c of cases) {
    const sql = outcomesPage(c.filters, PAGE_SIZE);
    outcomes.push(await time(`/outcomes SQL: ${c.name}`, async () => `${(await db.$queryRaw<unknown[]>(sql)).length} rows`, { runs: RUNS, warmup: WARMUP }));
  }
  tables.push(timingTable(`/outcomes page queries (SQL, LIMIT ${PAGE_SIZE + 1}, ORDER BY seq DESC)`, outcomes));
  for (const c of cases) await explain(`/outcomes: ${c.name}`, outcomesPage(c.filters, PAGE_SIZE));

  const stats: Timing[] = [];
  for (const jy of [s.year, s.year - 1]) {
    for (const q of STATS_QUERIES) {
      const sql = q.sql(jy);
      stats.push(await time(`/stats SQL ${jy}: ${q.name}`, async () => `${(await db.$queryRaw<unknown[]>(sql)).length} rows`, { runs: STATS_RUNS, warmup: 1 }));
    }
  }
  tables.push(timingTable('/stats aggregate queries, one Jalali year each (SQL, computed live)', stats));
  for (const q of STATS_QUERIES) await explain(`/stats ${s.year}: ${q.name}`, q.sql(s.year));
}

/** A module of another part, imported by path when run: the benchmark compiles before it exists. */
async function importPart<T>(relative: string, exported: string): Promise<T | null> {
  const file = path.resolve(import.meta.dirname, '..', relative);
  if (!existsSync(file)) {
    failures.push(`${relative} is missing (merge the part that adds ${exported} first)`);
    console.error(`bench:outcomes-stats: ${relative} is missing: ${exported}() cannot be timed until it is merged.`);
    return null;
  }
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  if (typeof mod[exported] !== 'function') {
    failures.push(`${relative} does not export ${exported}()`);
    console.error(`bench:outcomes-stats: ${relative} does not export a function ${exported}.`);
    return null;
  }
  return mod[exported] as T;
}

async function refreshPart() {
  console.log('\n=== refresh: the scheduled refreshes, in-process\n');
  const rows: Timing[] = [];
  const outcomes = await importPart<() => Promise<{ upserted: number; removed: number }>>('lib/outcomes/refresh-public-outcomes.ts', 'refreshPublicOutcomes');
  if (outcomes)
    rows.push(
      await time('refreshPublicOutcomes()', async () => JSON.stringify(await outcomes()), {
        runs: REFRESH_RUNS,
        warmup: REFRESH_WARMUP,
      }),
    );
  const figures = await importPart<() => Promise<{ years: number[]; ms: number }>>('lib/stats/refresh-public.ts', 'refreshPublicFigures');
  if (figures)
    rows.push(
      await time(
        'refreshPublicFigures()',
        async () => {
          const r = await figures();
          return `years ${r.years.join(', ')}; its own ms ${Math.round(r.ms)}`;
        },
        { runs: REFRESH_RUNS, warmup: REFRESH_WARMUP },
      ),
    );
  if (rows.length) tables.push(timingTable('Refresh of the public aggregates (target < 60 s)', rows));
}

// node:http with keep-alive: cheap on the shared cores (fetch is not; docs/benchmarks.md, bench:submit).
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

type Streamed = { status: number; bytes: number; records: number; firstByteMs: number; totalMs: number };

/** GETs a path, reading the body as it comes (counted, never kept). */
function get(base: string, pathAndQuery: string, countRecords = false): Promise<Streamed> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(new URL(pathAndQuery, base), { agent, headers: { accept: '*/*' } }, (res) => {
      const firstByteMs = performance.now() - t0;
      const counter = countRecords ? new CsvRecordCounter() : null;
      let bytes = 0;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        bytes += Buffer.byteLength(chunk);
        counter?.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, records: counter?.end() ?? 0, firstByteMs, totalMs: performance.now() - t0 }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function startServer(base: string): Promise<ChildProcess> {
  if (!existsSync(path.resolve(import.meta.dirname, '..', '.next/BUILD_ID')))
    throw new Error('no production build (.next/BUILD_ID): run npm run build first, or set BENCH_URL.');
  // Its own process group, so stopping it stops everything it started (an orphan would keep the port).
  const server = spawn('node', ['server.mjs', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SAJAM_JOBS: 'off',
      // A heap limit as a deployment would set one (e.g. --max-old-space-size=192): without one, V8 lets garbage
      // pile up to hundreds of MB before collecting, and peak RSS measures its laziness, not the stream.
      ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-only-secret-bench-only-secret-0000',
      SAJAM_DATA_KEY: process.env.SAJAM_DATA_KEY ?? 'bench-data-key-bench-data-key-bench-data-00',
      SAJAM_TRACKING_KEY: process.env.SAJAM_TRACKING_KEY ?? 'bench-tracking-key-bench-tracking-key-000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    if (
      await get(base, '/api/health').then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return server;
    await sleep(500);
  }
  process.kill(-server.pid!, 'SIGTERM');
  throw new Error(`the production server did not answer ${base}/api/health within 60 s`);
}

/** The query string /outcomes parses (part B: province, category, agency, year, resolution, q, after=<seq>). */
function outcomesUrl(f: OutcomeFilters): string {
  const q = new URLSearchParams();
  if (f.provinceId !== undefined) q.set('province', String(f.provinceId));
  if (f.categoryId !== undefined) q.set('category', String(f.categoryId));
  if (f.agencyId !== undefined) q.set('agency', f.agencyId);
  if (f.year !== undefined) q.set('year', String(f.year));
  if (f.resolution !== undefined) q.set('resolution', f.resolution);
  if (f.q !== undefined) q.set('q', f.q);
  if (f.after !== undefined) q.set('after', String(f.after));
  const qs = q.toString();
  return qs ? `/outcomes?${qs}` : '/outcomes';
}

async function httpPart(s: Scenarios) {
  const base = process.env.BENCH_URL ?? `http://127.0.0.1:${PORT}`;
  const server = process.env.BENCH_URL ? undefined : await startServer(base);
  const serverPid = server?.pid ?? (process.env.BENCH_SERVER_PID ? Number(process.env.BENCH_SERVER_PID) : undefined);
  try {
    console.log(`\n=== http: ${base}${server ? ` (server.mjs started here, pid ${server.pid})` : ''}\n`);
    const pages: { name: string; path: string | ((i: number) => string) }[] = [
      { name: 'GET /stats', path: '/stats' },
      { name: `GET /stats?year=${s.year}`, path: `/stats?year=${s.year}` },
      { name: `GET /stats?year=${s.year - 1}`, path: `/stats?year=${s.year - 1}` },
      ...outcomeCases(s).map((c) => ({ name: `GET /outcomes: ${c.name}`, path: outcomesUrl(c.filters) })),
      ...(s.sample.length ? [{ name: 'GET /outcomes/<id> (random outcome)', path: (i: number) => `/outcomes/${s.sample[i % s.sample.length]}` }] : []),
      { name: 'GET /api/open-data (index)', path: '/api/open-data' },
    ];
    const timed: Timing[] = [];
    for (const p of pages) {
      const at = (i: number) => (typeof p.path === 'string' ? p.path : p.path(i));
      const probe = await get(base, at(0));
      if (probe.status !== 200) {
        failures.push(`${p.name} answered ${probe.status}`);
        console.error(`${p.name}: answered ${probe.status}; not timed`);
        continue;
      }
      timed.push(
        await time(
          p.name,
          async (i) => {
            const r = await get(base, at(i));
            if (r.status !== 200) throw new Error(`${at(i)} answered ${r.status}`);
            return `${Math.round(r.bytes / 1024)} KB`;
          },
          { runs: RUNS, warmup: WARMUP },
        ),
      );
    }
    tables.push(timingTable('Pages over HTTP (production build, sequential; targets: /stats p95 < 200 ms, /outcomes p95 < 150 ms)', timed));

    const exportsTable = [
      '**Full exports, streamed once each (target: peak RSS < 300 MB)**',
      '',
      '| export | status | rows | bytes | first byte | total | server RSS before | peak RSS (sampled, 50 ms) | VmHWM after reset | machine |',
      '|---|---|---|---|---|---|---|---|---|---|',
    ];
    for (const file of ['/api/open-data/outcomes.csv', '/api/open-data/outcomes.json']) {
      const before = serverPid ? sampleTree(serverPid).stop() : null;
      const sampler = serverPid ? sampleTree(serverPid) : null;
      const r = await get(base, file, file.endsWith('.csv'));
      const mem = sampler?.stop();
      if (r.status !== 200) failures.push(`${file} answered ${r.status}`);
      const mb = (kb: number | undefined) => (kb === undefined ? '—' : `${(kb / 1024).toFixed(0)} MB`);
      const rows = file.endsWith('.csv') ? `${Math.max(0, r.records - 1)} (+ header)` : '—';
      console.log(
        `${file}: ${r.status}, ${rows} rows, ${(r.bytes / 1048576).toFixed(1)} MB, first byte ${ms(r.firstByteMs)}, total ${ms(r.totalMs)}, RSS before ${mb(before?.peakRssKb)}, peak ${mb(mem?.peakRssKb)}, VmHWM ${mb(mem?.hwmKb)}${mem && !mem.peaksReset ? ' (VmHWM not reset: includes start-up)' : ''} (${mem?.pids.length ?? 0} processes)`,
      );
      exportsTable.push(
        `| ${file} | ${r.status} | ${rows} | ${(r.bytes / 1048576).toFixed(1)} MB | ${ms(r.firstByteMs)} | ${ms(r.totalMs)} | ${mb(before?.peakRssKb)} | **${mb(mem?.peakRssKb)}** | ${mb(mem?.hwmKb)}${mem && !mem.peaksReset ? ' (not reset)' : ''} | ${machineLoad()} |`,
      );
    }
    tables.push(exportsTable.join('\n'));
  } finally {
    agent.destroy();
    if (server?.pid) {
      process.kill(-server.pid, 'SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  }
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('bench:outcomes-stats needs DATABASE_URL: the database filled by npm run db:seed:large.');
  const unknown = [...PARTS].filter((p) => !['sql', 'refresh', 'http'].includes(p));
  if (unknown.length) throw new Error(`BENCH_PARTS: unknown part(s) ${unknown.join(', ')} (sql, refresh, http)`);
  const data = await describeData();
  const s = await scenarios();
  console.log(
    `scenarios: year ${s.year}; largest province ${s.province}; page ${DEEP_PAGE} cursor after=${s.deep} (province: ${s.deepProvince}); ${RUNS} runs after ${WARMUP} warm-up; ${machineLoad()}`,
  );
  if (PARTS.has('sql')) await sqlPart(s);
  if (PARTS.has('refresh')) await refreshPart();
  if (PARTS.has('http')) await httpPart(s);
  console.log(
    `\n## Results (${new Date().toISOString().slice(0, 10)}; ${data.reports} reports, ${data.outcomes} public outcomes, database ${data.size})\n\n${tables.join('\n\n')}\n`,
  );
  if (failures.length) {
    console.error(`bench:outcomes-stats: not everything could be measured:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} finally {
  await closeDb();
}
