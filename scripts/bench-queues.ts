// npm run bench:queues — how fast the review queues, the national office's search and a report page
// answer on the large data set (npm run db:seed:large). Runs the data layer in-process against
// DATABASE_URL, sequentially (one reviewer's latency), and prints p50/p95/p99 with EXPLAIN plans.
// BENCH_HTTP=http://host:port also times the same pages over HTTP (a production server on the same
// database; BENCH_LOGIN_PASSWORD is set on the benchmark's staff accounts for it).
// BENCH_RUNS (300) and BENCH_WARMUP (20) set the runs per query; CI runs it with 3 and 1 on 2,000
// reports as a smoke test (exit code only), so a schema change that breaks it fails CI.
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/authz';
import { hashPassword } from '@/lib/auth/password';
import { closeDb, getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { getReportForReview } from '@/lib/reports/get-report-for-review';
import { listReviewQueue, queueQuery, type QueueQuery } from '@/lib/reports/list-review-queue';
import { queueFiltersSchema } from '@/lib/reports/queue-filters';
import { httpSession } from './bench-queues/http-session';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const TEHRAN = 4;

type Result = { name: string; p50: number; p95: number; p99: number; max: number; rows?: number };

async function time(name: string, run: (i: number) => Promise<number | void>, unit = 'rows'): Promise<Result> {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const samples: number[] = [];
  let rows: number | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const n = await run(i);
    samples.push(performance.now() - t0);
    if (typeof n === 'number') rows = n;
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;
  const r = { name, p50: pct(50), p95: pct(95), p99: pct(99), max: samples[samples.length - 1]!, rows };
  console.log(
    `${name.padEnd(58)} p50 ${r.p50.toFixed(1).padStart(6)} ms · p95 ${r.p95.toFixed(1).padStart(6)} ms · p99 ${r.p99.toFixed(1).padStart(6)} ms · max ${r.max.toFixed(1).padStart(6)} ms${rows === undefined ? '' : ` · ${rows} ${unit}`}`,
  );
  return r;
}

async function explain(title: string, query: QueueQuery | Prisma.Sql | null) {
  if (!query) return;
  if (!(query instanceof Prisma.Sql)) {
    for (const [part, sql] of Object.entries(query)) await explain(`${title} [${part}]`, sql);
    return;
  }
  const db = await getDb();
  const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`;
  console.log(`\n--- EXPLAIN: ${title}\n${plan.map((p) => p['QUERY PLAN']).join('\n')}\n`);
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('bench:queues needs DATABASE_URL: the database filled by npm run db:seed:large.');
  const db = await getDb();
  if (!(Number.isInteger(RUNS) && RUNS >= 1 && Number.isInteger(WARMUP) && WARMUP >= 0))
    throw new Error('BENCH_RUNS must be a positive integer and BENCH_WARMUP a non-negative one.');
  const total = await db.report.count();
  if (total === 0) throw new Error('bench:queues found no reports: fill the database with npm run db:seed:large first.');
  console.log(`reports in the database: ${total.toLocaleString('en')}; ${RUNS} timed runs each after ${WARMUP} warm-up runs\n`);

  const staffUser = await db.user.findFirstOrThrow({ where: { provinceId: TEHRAN, roles: { has: 'PROVINCE_STAFF' } } });
  const staff: Actor = { id: staffUser.id, name: staffUser.name, roles: staffUser.roles, provinceId: TEHRAN, coreId: null, agencyId: null };
  const national: Actor = { id: randomUUID(), name: 'bench', roles: ['NATIONAL_OFFICE'], provinceId: null, coreId: null, agencyId: null };
  const now = new Date();

  // The cursor of page 500, found by walking the pages as a reviewer would.
  async function cursorOfPage(actor: Actor, filters: Record<string, string>, page: number) {
    let after: string | undefined;
    for (let p = 1; p < page; p++) {
      const r = await listReviewQueue({ actor, filters: queueFiltersSchema.parse({ ...filters, after }) });
      if (!r.nextCursor) return null;
      after = r.nextCursor;
    }
    return after ?? null;
  }
  const page500All = await cursorOfPage(staff, { status: 'all' }, 500);
  const category = await db.category.findFirstOrThrow({ where: { slug: 'neighbourhood' } });
  let sampleIds = (await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Report" TABLESAMPLE SYSTEM (1) LIMIT 1000`).map((r) => r.id);
  // A small data set (the CI smoke run) may have no page in a 1 % sample.
  if (sampleIds.length === 0) sampleIds = (await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Report" ORDER BY random() LIMIT 1000`).map((r) => r.id);

  const scenarios: { name: string; actor: Actor; filters: Record<string, string> }[] = [
    { name: 'province queue (Tehran), first page', actor: staff, filters: {} },
    { name: 'province, all states, first page', actor: staff, filters: { status: 'all' } },
    ...(page500All ? [{ name: 'province, all states, page 500', actor: staff, filters: { status: 'all', after: page500All } }] : []),
    { name: 'province queue, overdue only', actor: staff, filters: { overdue: 'on' } },
    { name: 'national search «آب‌گرفتگی» + category', actor: national, filters: { status: 'all', q: 'آب‌گرفتگی', categoryId: String(category.id) } },
    { name: 'national search «رشوه مدیر» (two words)', actor: national, filters: { status: 'all', q: 'رشوه مدیر' } },
    { name: 'national search «احتکار» + province + state', actor: national, filters: { status: 'REFERRED', q: 'احتکار', provinceId: String(TEHRAN) } },
    { name: 'national search «خیابان» (in half of all reports)', actor: national, filters: { status: 'all', q: 'خیابان' } },
    { name: 'national search «نارون ۳۹۹» (rare)', actor: national, filters: { status: 'all', q: 'نارون 399' } },
    { name: 'national search «زلزله» (no match)', actor: national, filters: { status: 'all', q: 'زلزله' } },
    { name: 'national queue (NATIONAL_REVIEW), first page', actor: national, filters: {} },
  ];

  const results: Result[] = [];
  for (const s of scenarios) {
    const filters = queueFiltersSchema.parse(s.filters);
    results.push(await time(s.name, async () => (await listReviewQueue({ actor: s.actor, filters, now })).items.length));
  }
  results.push(
    await time(
      'report page (national office, random report)',
      async (i) => void (await getReportForReview({ actor: national, reportId: sampleIds[i % sampleIds.length]! })),
    ),
  );

  for (const s of scenarios) await explain(s.name, queueQuery(s.actor, queueFiltersSchema.parse(s.filters), { limit: 25, now }));
  await explain('report page: its review steps', Prisma.sql`SELECT * FROM "Approval" WHERE "reportId" = ${sampleIds[0]}::uuid ORDER BY "createdAt"`);

  if (process.env.BENCH_HTTP) {
    const password = process.env.BENCH_LOGIN_PASSWORD ?? 'bench-password-1405';
    await db.user.update({ where: { id: staffUser.id }, data: { passwordHash: await hashPassword(password) } });
    const nationalUser = await db.user.upsert({
      where: { email: 'bench-national@sajam.invalid' },
      create: { email: 'bench-national@sajam.invalid', name: 'ستاد ملی (سنجش)', roles: ['NATIONAL_OFFICE'], passwordHash: await hashPassword(password) },
      update: {},
    });
    const staffHttp = await httpSession(process.env.BENCH_HTTP, staffUser.email!, password);
    const nationalHttp = await httpSession(process.env.BENCH_HTTP, nationalUser.email!, password);
    console.log('\nover HTTP (production server, full page render):');
    const qs = (f: Record<string, string>) => new URLSearchParams(f).toString();
    await time('GET /province (queue, first page)', () => staffHttp.get('/province'), 'bytes');
    if (page500All)
      await time('GET /province?status=all&after=… (page 500)', () => staffHttp.get(`/province?${qs({ status: 'all', after: page500All })}`), 'bytes');
    await time(
      'GET /national?q=آب‌گرفتگی&categoryId=…',
      () => nationalHttp.get(`/national?${qs({ status: 'all', q: 'آب‌گرفتگی', categoryId: String(category.id) })}`),
      'bytes',
    );
    await time('GET /reports/:id (random report)', (i) => nationalHttp.get(`/reports/${sampleIds[i % sampleIds.length]}`), 'bytes');
  }
  await closeDb();
}

await main();
