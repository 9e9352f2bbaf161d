// npm run bench:annual-report — issue #17's benchmark on the large data set (npm run db:seed:large, 1,000,000
// reports): one year's national annual report in under 10 s, peak memory under 500 MB, and the server keeps
// answering other pages (p95 of /province while a report is being made within 2× of idle). Not a timed test:
// it prints each figure as it goes and markdown tables at the end (docs/benchmarks.md).
//
// Runs without the react-server condition (react-pdf cannot render under it, 7b19963): package.json starts it with
// `tsx --import ./scripts/runtime/without-react-server.mjs`, which resolves `server-only` to the empty module
// Vitest uses; nothing else changes.
//
// Parts (BENCH_PARTS, comma-separated: inprocess, sql, http; default inprocess,http):
//   inprocess  the real job path in this process: requestAnnualReport (as the seed's national office account, the
//              row and its audit event, as the page writes them) then runAnnualReport (figures → rendering →
//              storing, into lib/storage), for the latest full Jalali year and the current one. BENCH_RUNS (3)
//              timed runs after 1 warm-up each. Stages from the job's own clock: its `now()` is read as it enters
//              the figures and the rendering, and lib/storage's put is timed. Peak RSS is this process's VmHWM
//              (/proc/self/status), reset before each run (/proc/self/clear_refs). PDF size and pages (pdfinfo).
//              The national suppressed report reads the hourly public snapshot (StatsSnapshot 'public') when the
//              year has one: while the snapshot is empty (a freshly seeded database) the report counts live, and
//              that is measured first; then refreshPublicFigures() writes the snapshot (timed) and the report is
//              measured again reading it.
//   sql        every statement getAnnualFigures sends for the national report of BENCH_HTTP_YEAR (pg's Pool.query,
//              which @prisma/adapter-pg calls, wrapped for one call), timed, and the slowest BENCH_EXPLAIN_TOP (5)
//              alone under EXPLAIN (ANALYZE, BUFFERS): suppressed (the PDF) and exact (counted live).
//   http       the production build (server.mjs, SAJAM_JOBS=on: pg-boss runs the jobs, the annual report among
//              them) on BENCH_PORT (3601) against DATABASE_URL; waits for the public refresh every server runs at
//              start; signs in as the demo seed's province staff and national office (BENCH_STAFF_EMAIL,
//              BENCH_NATIONAL_EMAIL, BENCH_PASSWORD); times GET /province sequentially while idle (BENCH_IDLE_RUNS,
//              100, after BENCH_WARMUP, 10); then the national office asks for the national report of
//              BENCH_HTTP_YEAR (the latest full year) by posting the /annual-reports form as a browser without
//              JavaScript does, and /province is timed again, one request after another, until the job has
//              finished; meanwhile the national office's page reloads every 5 s as its meta refresh does. The
//              server's process tree is sampled (VmRSS every 50 ms, VmHWM reset at the request).
//              BENCH_URL (+ BENCH_SERVER_PID for the memory) uses a running server instead; BENCH_SERVER_NODE_OPTIONS
//              (e.g. --max-old-space-size=256) is the started server's NODE_OPTIONS.
//
// Needs DATABASE_URL and NEXTAUTH_SECRET (the ones the seed used). Writes only what the product writes: annual
// report rows, their audit events and PDFs (STORAGE_DIR), the public snapshot, pg-boss's own tables.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { requestAnnualReport } from '@/lib/annual-report/request-annual-report';
import { runAnnualReport } from '@/lib/annual-report/run-annual-report';
import { toActor } from '@/lib/auth/actor';
import { closeDb, getDb } from '@/lib/db/client';
import { toJalali } from '@/lib/i18n/format';
import { renderAnnualReportPdf, type PdfProgressStage } from '@/lib/annual-report/pdf/render-annual-report-pdf';
import { getStorage } from '@/lib/storage';
import { getAnnualFigures } from '@/lib/stats/get-annual-figures';
import { PUBLIC_SCOPE, refreshPublicFigures } from '@/lib/stats/refresh-public';
import { pageCount } from '@/lib/testing/pdf-text';
import { machineLoad, ms, percentile, time, timingTable, type Timing } from './bench-outcomes-stats/measure';
import { memoryOf, processTree, resetPeaks, sampleTree } from './bench-outcomes-stats/process-memory';
import { httpSession } from './bench-queues/http-session';

const PARTS = new Set((process.env.BENCH_PARTS ?? 'inprocess,http').split(',').map((p) => p.trim()));
const int = (name: string, fallback: number, min = 1) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, not ${process.env[name]}`);
  return value;
};
const RUNS = int('BENCH_RUNS', 3);
const IDLE_RUNS = int('BENCH_IDLE_RUNS', 100);
const WARMUP = int('BENCH_WARMUP', 10, 0);
const PORT = int('BENCH_PORT', 3601);
const CURRENT_YEAR = toJalali(new Date()).jy;
const HTTP_YEAR = int('BENCH_HTTP_YEAR', CURRENT_YEAR - 1);
const BOOT_REFRESH_TIMEOUT_S = int('BENCH_BOOT_REFRESH_TIMEOUT', 600, 0);
const STAFF_EMAIL = process.env.BENCH_STAFF_EMAIL ?? 'province@sajam.test';
const NATIONAL_EMAIL = process.env.BENCH_NATIONAL_EMAIL ?? 'national@sajam.test';
// The demo seed's password (prisma/seed.ts DEMO_PASSWORD; importing that file would run the seed).
const PASSWORD = process.env.BENCH_PASSWORD ?? 'sajam-demo-1405';

const TARGET_MS = 10_000;
const TARGET_KB = 500 * 1024;
const failures: string[] = [];
const tables: string[] = [];
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const s1 = (msValue: number) => `${(msValue / 1000).toFixed(2)} s`;

async function describeData() {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ reports: number; size: string }[]>`
    SELECT (SELECT count(*)::int FROM "Report") AS reports, pg_size_pretty(pg_database_size(current_database())) AS size`;
  if (!row || row.reports === 0) throw new Error('no reports: fill the database with npm run db:seed:large first.');
  console.log(`data: ${row.reports} reports, database ${row.size}; ${machineLoad()}`);
  return row;
}

async function publicSnapshotYears(): Promise<number[]> {
  const db = await getDb();
  return (await db.statsSnapshot.findMany({ where: { scope: PUBLIC_SCOPE }, select: { year: true } })).map((r) => r.year);
}

/** The PDF's pages, by poppler's pdfinfo (lib/testing/pdf-text.ts) on a temporary copy. */
function pagesOf(bytes: Uint8Array): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-annual-'));
  try {
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    return pageCount(file);
  } catch {
    return NaN;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Made = {
  label: string;
  claimMs: number;
  figuresMs: number;
  renderingMs: number;
  storingMs: number;
  totalMs: number;
  rssBeforeKb: number;
  hwmKb: number;
  bytes: number;
  pages: number;
  load: string;
};

// lib/storage's put, timed (the start of the 'storing' stage is the end of rendering): one instance per process.
let lastPut: { startedAt: number; bytes: Uint8Array } | null = null;
function timeStoragePuts() {
  const storage = getStorage();
  const put = storage.put.bind(storage);
  storage.put = async (key, bytes, contentType) => {
    lastPut = { startedAt: performance.now(), bytes };
    await put(key, bytes, contentType);
  };
}

/** One national annual report through the job, as the page asks for it and the job makes it. */
async function makeReport(actor: ReturnType<typeof toActor>, year: number, label: string): Promise<Made> {
  const { id } = await requestAnnualReport({ actor, input: { year } });
  lastPut = null;
  // The job reads its clock when it claims the row, as it asks for the figures, as it starts rendering
  // (generatedAt) and when it writes DONE: the stages' boundaries.
  const clock: number[] = [];
  const now = () => {
    clock.push(performance.now());
    return new Date();
  };
  resetPeaks([process.pid]);
  const rssBeforeKb = memoryOf(process.pid)?.rssKb ?? 0;
  const t0 = performance.now();
  const result = await runAnnualReport({ now });
  const t1 = performance.now();
  const hwmKb = memoryOf(process.pid)?.hwmKb ?? 0;
  if (!result || result.id !== id || result.status !== 'DONE' || clock.length < 4 || !lastPut) {
    const row = await (await getDb()).annualReport.findUnique({ where: { id }, select: { status: true, error: true } });
    throw new Error(`${label}: the job did not make report ${id} (${JSON.stringify(result)}, row ${JSON.stringify(row)}); see the log`);
  }
  const put: { startedAt: number; bytes: Uint8Array } = lastPut;
  const made: Made = {
    label,
    claimMs: clock[1]! - t0,
    figuresMs: clock[2]! - clock[1]!,
    renderingMs: put.startedAt - clock[2]!,
    storingMs: t1 - put.startedAt,
    totalMs: t1 - t0,
    rssBeforeKb,
    hwmKb,
    bytes: put.bytes.byteLength,
    pages: pagesOf(put.bytes),
    load: machineLoad(),
  };
  console.log(
    `${label.padEnd(40)} figures ${ms(made.figuresMs).padStart(9)} · rendering ${ms(made.renderingMs).padStart(9)} · storing ${ms(made.storingMs).padStart(8)} · total ${ms(made.totalMs).padStart(9)} · peak RSS ${mb(hwmKb)} (before ${mb(rssBeforeKb)}) · ${(made.bytes / 1024).toFixed(0)} KB, ${made.pages} pages · ${made.load}`,
  );
  return made;
}

/**
 * Where the rendering goes: the product's two calls of the job made directly (getAnnualFigures as the job calls it,
 * then renderAnnualReportPdf), the renderer's own progress marking each layout pass (it lays the whole document out
 * once to learn the sections' pages, then again with them in the contents; a third time if they moved).
 */
async function renderingPasses(actor: ReturnType<typeof toActor>, year: number): Promise<string> {
  const t0 = performance.now();
  const figures = await getAnnualFigures({ actor, year, suppressed: true });
  const t1 = performance.now();
  const marks: { stage: PdfProgressStage; at: number }[] = [];
  await renderAnnualReportPdf({
    figures,
    locale: 'fa',
    verification: { code: 'BENCH-0000-0000', url: 'https://sajam.invalid/verify/report/BENCH-0000-0000' },
    generatedAt: new Date(),
    filterLabel: `${year}`,
    onProgress: (stage) => {
      if (marks[marks.length - 1]?.stage !== stage) marks.push({ stage, at: performance.now() });
    },
  });
  const t2 = performance.now();
  const steps = marks.map((m, i) => `${m.stage} ${ms((marks[i + 1]?.at ?? t2) - m.at)}`).join(' → ');
  const line = `rendering passes, ${year} national (getAnnualFigures ${ms(t1 - t0)}, then renderAnnualReportPdf ${ms(t2 - t1)}): ${steps}; appendix ${figures.outcomes.length} of ${figures.outcomesTotal} outcomes; ${machineLoad()}`;
  console.log(line);
  return line;
}

async function inProcessPart() {
  console.log(`\n=== inprocess: requestAnnualReport + runAnnualReport (the job), ${RUNS} runs after 1 warm-up per line\n`);
  // This process must not start the job runner (requestAnnualReport kicks it): the benchmark runs the job itself.
  process.env.SAJAM_JOBS = 'off';
  const db = await getDb();
  const national = await db.user.findFirst({
    where: { email: NATIONAL_EMAIL, status: 'ACTIVE', roles: { has: 'NATIONAL_OFFICE' } },
    select: { id: true, name: true, roles: true, provinceId: true, coreId: true, agencyId: true },
  });
  if (!national) throw new Error(`no active national office account ${NATIONAL_EMAIL}: run npm run db:seed (the demo accounts) first.`);
  const actor = toActor(national);
  timeStoragePuts();
  const years = [CURRENT_YEAR - 1, CURRENT_YEAR];
  const lines: { mode: string; year: number; runs: Made[] }[] = [];
  const measure = async (mode: string, year: number) => {
    await makeReport(actor, year, `${year} ${mode} (warm-up)`);
    const runs: Made[] = [];
    for (let i = 1; i <= RUNS; i++) runs.push(await makeReport(actor, year, `${year} ${mode} #${i}`));
    lines.push({ mode, year, runs });
  };

  const before = await publicSnapshotYears();
  const live = years.filter((y) => !before.includes(y));
  if (live.length < years.length)
    console.log(
      `public snapshot present for ${years.filter((y) => before.includes(y)).join(', ')}: the live count of those years can only be measured on a database whose public snapshot was never refreshed`,
    );
  for (const year of live) await measure('live count (no snapshot)', year);
  let refresh = '';
  if (live.length) {
    const t0 = performance.now();
    const r = await refreshPublicFigures();
    refresh = `refreshPublicFigures() (the snapshot was empty for ${live.join(', ')}): ${s1(performance.now() - t0)}, years ${r.years.join(', ')}, outcomes ${JSON.stringify(r.outcomes)}; ${machineLoad()}`;
    console.log(refresh);
  }
  for (const year of years) await measure('public snapshot', year);
  const passes = await renderingPasses(actor, CURRENT_YEAR - 1);

  const rows = [
    `**National annual report through the job, in-process (${RUNS} runs after 1 warm-up; median, and max in brackets; targets: total < 10 s, peak RSS < 500 MB)**`,
    '',
    '| year | national statistics from | figures | rendering | storing | total | peak RSS (VmHWM) | RSS before | PDF | pages | met? | machine (last run) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { mode, year, runs } of lines) {
    const med = (f: (m: Made) => number) =>
      percentile(
        runs.map(f).sort((a, b) => a - b),
        50,
      );
    const max = (f: (m: Made) => number) => Math.max(...runs.map(f));
    const cell = (f: (m: Made) => number) => `${s1(med(f))} (${s1(max(f))})`;
    const total = max((m) => m.totalMs);
    const peak = max((m) => m.hwmKb);
    const met = `${total < TARGET_MS ? 'time yes' : 'time **no**'}, ${peak < TARGET_KB ? 'memory yes' : 'memory **no**'}`;
    const last = runs[runs.length - 1]!;
    rows.push(
      `| ${year}${year === CURRENT_YEAR ? ' (current)' : ''} | ${mode} | ${cell((m) => m.figuresMs)} | ${cell((m) => m.renderingMs)} | ${cell((m) => m.storingMs)} | **${cell((m) => m.totalMs)}** | **${mb(med((m) => m.hwmKb))} (${mb(peak)})** | ${mb(med((m) => m.rssBeforeKb))} | ${(last.bytes / 1024).toFixed(0)} KB | ${last.pages} | ${met} | ${last.load} |`,
    );
  }
  if (refresh) rows.push('', refresh);
  rows.push('', passes);
  tables.push(rows.join('\n'));
}

// ---- sql --------------------------------------------------------------------------------------------------

type Statement = { text: string; values: unknown[]; ms: number; rows: number };

/**
 * Every statement getAnnualFigures sends, with its time as the job sees it (from the pool's query() to the result,
 * waiting for a connection included; the parts run in parallel, so times overlap): pg's Pool.query, which the
 * Prisma adapter (@prisma/adapter-pg) calls for each statement, is wrapped for the duration of the call.
 */
async function statementsOf(run: () => Promise<unknown>): Promise<Statement[]> {
  const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const seen: Statement[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as { text?: unknown; values?: unknown[] } | undefined;
    const result = original.apply(this, args);
    if (!q || typeof q.text !== 'string' || !(result instanceof Promise)) return result;
    const t0 = performance.now();
    return result.then((r: { rowCount?: number | null }) => {
      seen.push({ text: q.text as string, values: q.values ?? [], ms: performance.now() - t0, rows: r?.rowCount ?? 0 });
      return r;
    });
  };
  try {
    await run();
  } finally {
    proto.query = original;
  }
  return seen.sort((a, b) => b.ms - a.ms);
}

const EXPLAIN_TOP = int('BENCH_EXPLAIN_TOP', 5, 0);

/** A statement's first words, past the year's cohort CTE every figure query starts with (`WITH y AS (…),`). */
function statementHead(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.startsWith('WITH y AS (')) {
    let depth = 0;
    for (let i = 'WITH y AS '.length; i < t.length; i++) {
      if (t[i] === '(') depth++;
      else if (t[i] === ')' && --depth === 0) {
        t = t.slice(i + 1).replace(/^\s*,?\s*/, '');
        break;
      }
    }
  }
  return t.slice(0, 100);
}

async function sqlPart() {
  const year = HTTP_YEAR;
  console.log(`\n=== sql: the statements of getAnnualFigures (national, ${year}), timed, the slowest with EXPLAIN (ANALYZE, BUFFERS)\n`);
  const db = await getDb();
  const national = await db.user.findFirstOrThrow({
    where: { email: NATIONAL_EMAIL, status: 'ACTIVE' },
    select: { id: true, name: true, roles: true, provinceId: true, coreId: true, agencyId: true },
  });
  const actor = toActor(national);
  const explainer = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await explainer.connect();
  const rows: string[] = [];
  try {
    // suppressed: the PDF (the statistics from the public snapshot when the year has one); exact: the staff
    // dashboard, which always counts them live: the statements a suppressed report without a snapshot also runs.
    for (const suppressed of [true, false]) {
      const t0 = performance.now();
      const statements = await statementsOf(() => getAnnualFigures({ actor, year, suppressed }));
      const wall = performance.now() - t0;
      const label = suppressed ? 'suppressed (the PDF)' : 'exact (counted live)';
      console.log(`getAnnualFigures ${year} ${label}: ${ms(wall)}, ${statements.length} statements; ${machineLoad()}`);
      const alone = new Map<Statement, string>();
      for (const st of statements.slice(0, EXPLAIN_TOP)) {
        if (st.ms < 100) break;
        const plan = (await explainer.query<{ 'QUERY PLAN': string }>({ text: `EXPLAIN (ANALYZE, BUFFERS) ${st.text}`, values: st.values })).rows.map(
          (r) => r['QUERY PLAN'],
        );
        alone.set(st, /Execution Time: ([\d.]+) ms/.exec(plan.join('\n'))?.[1] ?? '?');
        console.log(`\n--- EXPLAIN (${label}, ${ms(st.ms)} in the run):\n${st.text}\n${plan.join('\n')}\n`);
      }
      rows.push(
        `**getAnnualFigures ${year}, ${label}: ${ms(wall)}, ${statements.length} statements (run in parallel, so their times overlap)**`,
        '',
        "| statement (after the year's cohort `WITH y AS (…)`) | in the run | rows | EXPLAIN ANALYZE, alone |",
        '|---|---|---|---|',
      );
      for (const st of statements) {
        const head = statementHead(st.text);
        console.log(`  ${ms(st.ms).padStart(9)} · ${String(st.rows).padStart(6)} rows · ${head}`);
        const explained = alone.get(st);
        if (st.ms >= 20) rows.push(`| \`${head.replace(/\|/g, '\\|')}…\` | ${ms(st.ms)} | ${st.rows} | ${explained ? ms(Number(explained)) : ''} |`);
      }
      rows.push('');
    }
  } finally {
    await explainer.end();
  }
  tables.push(rows.join('\n'));
}

// ---- http -------------------------------------------------------------------------------------------------

const agent = new Agent({ keepAlive: true, maxSockets: 2 });

function send(base: string, pathAndQuery: string, init: { method?: string; headers?: Record<string, string | number>; body?: Buffer } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(new URL(pathAndQuery, base), { method: init.method ?? 'GET', headers: init.headers, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function startServer(base: string): Promise<{ server: ChildProcess; log: string }> {
  const root = path.resolve(import.meta.dirname, '..');
  if (!existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('no production build (.next/BUILD_ID): run npm run build first, or set BENCH_URL.');
  const log = path.join(os.tmpdir(), `bench-annual-report-server-${process.pid}.log`);
  const out = openSync(log, 'a');
  // Its own process group, so stopping it stops everything it started.
  const server = spawn('node', ['server.mjs', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SAJAM_JOBS: 'on',
      ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
      NEXTAUTH_URL: base,
      // A production server on PostgreSQL needs its own keys (lib/env.ts); the pages timed here decrypt nothing.
      SAJAM_DATA_KEY: process.env.SAJAM_DATA_KEY ?? 'bench-data-key-bench-data-key-bench-data-00',
      SAJAM_TRACKING_KEY: process.env.SAJAM_TRACKING_KEY ?? 'bench-tracking-key-bench-tracking-key-000',
    },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  for (let i = 0; i < 120; i++) {
    if (
      await send(base, '/api/health').then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return { server, log };
    await sleep(500);
  }
  process.kill(-server.pid!, 'SIGTERM');
  throw new Error(`the production server did not answer ${base}/api/health within 60 s (log: ${log})`);
}

/** Every server with SAJAM_JOBS=on refreshes the public figures at start (pg-boss, `atStart`): idle is after it. */
async function waitForBootRefresh(since: Date) {
  const db = await getDb();
  const t0 = performance.now();
  while (performance.now() - t0 < BOOT_REFRESH_TIMEOUT_S * 1000) {
    const [row] = await db.$queryRaw<{ at: Date | null }[]>`SELECT max("refreshedAt") AS at FROM "StatsSnapshot" WHERE "scope" = ${PUBLIC_SCOPE}`;
    if (row?.at && row.at >= since) {
      console.log(`the server's start-up refresh of the public figures finished after ${s1(performance.now() - t0)}; ${machineLoad()}`);
      return;
    }
    await sleep(1000);
  }
  console.warn(`the server's start-up refresh was not seen within ${BOOT_REFRESH_TIMEOUT_S} s: idle may include it`);
}

const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The request form of /annual-reports as the server rendered it: its hidden fields (the action's reference). */
function requestFormFields(html: string): [string, string][] {
  const form = /<form\b[^>]*>([\s\S]*?)<\/form>/g;
  for (let m = form.exec(html); m; m = form.exec(html)) {
    if (!m[1]!.includes('name="scope"')) continue;
    const fields: [string, string][] = [];
    for (const input of m[1]!.match(/<input\b[^>]*>/g) ?? []) {
      if (!/type="hidden"/.test(input)) continue;
      const name = /name="([^"]*)"/.exec(input)?.[1];
      if (name) fields.push([decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? '')]);
    }
    return fields;
  }
  throw new Error('/annual-reports has no request form (is the account the national office?)');
}

function multipart(fields: [string, string][]): { body: Buffer; type: string } {
  const boundary = `----bench${Date.now().toString(36)}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

async function httpPart() {
  const base = process.env.BENCH_URL ?? `http://127.0.0.1:${PORT}`;
  const started = new Date();
  const own = process.env.BENCH_URL ? undefined : await startServer(base);
  const serverPid = own?.server.pid ?? (process.env.BENCH_SERVER_PID ? Number(process.env.BENCH_SERVER_PID) : undefined);
  const db = await getDb();
  try {
    console.log(`\n=== http: ${base}${own ? ` (server.mjs started here, SAJAM_JOBS=on, pid ${own.server.pid}, log ${own.log})` : ''}\n`);
    if (own) await waitForBootRefresh(started);
    const staff = await httpSession(base, STAFF_EMAIL, PASSWORD);
    const national = await httpSession(base, NATIONAL_EMAIL, PASSWORD);
    const treeRss = () => (serverPid ? processTree(serverPid).reduce((sum, p) => sum + (memoryOf(p)?.rssKb ?? 0), 0) : 0);

    const idle = await time('GET /province (idle)', async () => `${Math.round((await staff.get('/province')) / 1024)} KB`, { runs: IDLE_RUNS, warmup: WARMUP });
    const idleRssKb = treeRss();

    // The national office asks, as a browser without JavaScript: the page's form posted back with its hidden fields.
    const page = await send(base, '/annual-reports', { headers: { cookie: national.cookie } });
    if (page.status !== 200) throw new Error(`/annual-reports answered ${page.status} to the national office`);
    const form = multipart([...requestFormFields(page.body), ['year', String(HTTP_YEAR)], ['scope', 'national']]);
    const sampler = serverPid ? sampleTree(serverPid) : null;
    const asked = new Date();
    const t0 = performance.now();
    const posted = await send(base, '/annual-reports', {
      method: 'POST',
      headers: { cookie: national.cookie, origin: base, 'content-type': form.type, 'content-length': form.body.byteLength, accept: 'text/html' },
      body: form.body,
    });
    const postMs = performance.now() - t0;
    if (posted.status !== 200) throw new Error(`the request form answered ${posted.status}`);
    const row = await db.annualReport.findFirst({
      where: { year: HTTP_YEAR, scope: 'NATIONAL', requestedBy: { email: NATIONAL_EMAIL }, createdAt: { gte: new Date(asked.getTime() - 2000) } },
      orderBy: { createdAt: 'desc' },
      select: { id: true },
    });
    if (!row) throw new Error(`the form post (${posted.status}) queued no national report for ${HTTP_YEAR}`);
    console.log(`national report ${HTTP_YEAR} asked for (form post ${ms(postMs)}): ${row.id}`);

    const during: number[] = [];
    let resets = 0;
    const seen: Record<string, number> = {};
    let status = 'QUEUED';
    let nextReload = performance.now() + 5000;
    const deadline = performance.now() + 15 * 60_000;
    while (status === 'QUEUED' || status === 'RUNNING') {
      if (performance.now() > deadline) throw new Error(`report ${row.id} still ${status} after 15 minutes`);
      const r0 = performance.now();
      try {
        await staff.get('/province');
      } catch (error) {
        // A kept-alive connection the server closed: its idle timer (5 s) fires when a blocked event loop resumes,
        // before the request that waited on it is read. A browser sends the GET again on a new connection; so does
        // this, and the request's time is both.
        if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
        resets++;
        await staff.get('/province');
      }
      during.push(performance.now() - r0);
      // The list's meta refresh: the national office's page reloads every 5 s while a report is in progress.
      if (performance.now() >= nextReload) {
        nextReload += 5000;
        void send(base, '/annual-reports', { headers: { cookie: national.cookie } }).catch(() => undefined);
      }
      const now = await db.annualReport.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, stage: true } });
      status = now.status;
      const key = now.stage ?? now.status;
      seen[key] ??= performance.now() - t0;
    }
    const wallMs = performance.now() - t0;
    const mem = sampler?.stop();
    const done = await db.annualReport.findUniqueOrThrow({
      where: { id: row.id },
      select: { status: true, error: true, createdAt: true, startedAt: true, finishedAt: true, byteSize: true, storageKey: true },
    });
    if (done.status !== 'DONE') failures.push(`the server's job ended ${done.status} (${done.error})`);
    const bytes = done.storageKey ? await getStorage().get(done.storageKey) : null;
    const pages = bytes ? pagesOf(bytes) : NaN;
    const jobMs = done.startedAt && done.finishedAt ? done.finishedAt.getTime() - done.startedAt.getTime() : NaN;
    const queuedMs = done.startedAt ? done.startedAt.getTime() - done.createdAt.getTime() : NaN;
    during.sort((a, b) => a - b);
    const d: Timing = {
      name: 'GET /province (during generation)',
      runs: during.length,
      p50: percentile(during, 50),
      p95: percentile(during, 95),
      max: during[during.length - 1] ?? NaN,
      load: machineLoad(),
      note: resets ? `${resets} connection reset(s), sent again` : undefined,
    };
    console.log(
      `${d.name.padEnd(64)} p50 ${ms(d.p50).padStart(9)} · p95 ${ms(d.p95).padStart(9)} · max ${ms(d.max).padStart(9)} · ${d.runs} requests${d.note ? ` · ${d.note}` : ''} · ${d.load}`,
    );
    const stages = Object.entries(seen)
      .map(([k, v]) => `${k} ${s1(v)}`)
      .join(', ');
    const summary =
      `national report ${HTTP_YEAR} by the server's job: ${done.status}; asked → done as seen ${s1(wallMs)}; queued ${s1(queuedMs)} ` +
      `(pg-boss picks the trigger up), made in ${s1(jobMs)} (startedAt → finishedAt); stages first seen after: ${stages}; ` +
      `${done.byteSize ? `${(done.byteSize / 1024).toFixed(0)} KB, ` : ''}${pages} pages; server RSS idle ${mb(idleRssKb)}, ` +
      `peak during ${mem ? mb(mem.peakRssKb) : '—'} (sampled), VmHWM ${mem ? mb(mem.hwmKb) : '—'}${mem && !mem.peaksReset ? ' (not reset)' : ''} (${mem?.pids.length ?? 0} processes); ${machineLoad()}`;
    console.log(summary);
    const ratio = d.p95 / idle.p95;
    tables.push(
      [
        timingTable(`GET /province over HTTP, sequential, as province staff (target: p95 during generation ≤ 2× idle; here ${ratio.toFixed(2)}×)`, [idle, d]),
        '',
        `| national report ${HTTP_YEAR} (server job, SAJAM_JOBS=on) | asked → done | queued | made (startedAt → finishedAt) | PDF | server RSS idle | peak RSS during (sampled) | VmHWM during | met? |`,
        '|---|---|---|---|---|---|---|---|---|',
        `| ${done.status} | ${s1(wallMs)} | ${s1(queuedMs)} | **${s1(jobMs)}** | ${done.byteSize ? `${(done.byteSize / 1024).toFixed(0)} KB` : '—'}, ${pages} pages | ${mb(idleRssKb)} | **${mem ? mb(mem.peakRssKb) : '—'}** | ${mem ? mb(mem.hwmKb) : '—'} | time ${jobMs < TARGET_MS ? 'yes' : '**no**'}, memory ${mem && mem.hwmKb < TARGET_KB ? 'yes' : '**no**'}, /province ${ratio <= 2 ? 'yes' : '**no**'} |`,
        '',
        summary,
      ].join('\n'),
    );
  } finally {
    agent.destroy();
    if (own?.server.pid) {
      process.kill(-own.server.pid, 'SIGTERM');
      await new Promise((resolve) => own.server.once('exit', resolve));
    }
  }
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('bench:annual-report needs DATABASE_URL: the database filled by npm run db:seed:large.');
  const unknown = [...PARTS].filter((p) => !['inprocess', 'sql', 'http'].includes(p));
  if (unknown.length) throw new Error(`BENCH_PARTS: unknown part(s) ${unknown.join(', ')} (inprocess, sql, http)`);
  const data = await describeData();
  if (PARTS.has('inprocess')) await inProcessPart();
  if (PARTS.has('sql')) await sqlPart();
  if (PARTS.has('http')) await httpPart();
  console.log(`\n## Results (${new Date().toISOString().slice(0, 10)}; ${data.reports} reports, database ${data.size})\n\n${tables.join('\n\n')}\n`);
  if (failures.length) {
    console.error(`bench:annual-report:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} finally {
  await closeDb();
}
