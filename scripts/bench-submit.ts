// npm run bench:submit — report submissions per second against the production build on PostgreSQL,
// and in the same run the floor: the same report row inserted directly with `pg`.
//
// Needs `npm run build` first. Creates a throwaway database on BENCH_PG (default: the local server),
// migrates and seeds it, starts `server.mjs` (what `npm start` runs) on it, sends BENCH_TOTAL submissions with BENCH_CONCURRENCY
// in flight, then drops everything. Set BENCH_URL to aim at a server you started yourself instead.
// BENCH_WARMUP (200) requests warm each side up first. Exits 1 when any submission failed (the figures
// would not describe the form's path); CI runs it with a few hundred as a smoke test.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openAdapter } from '@/lib/db/adapter';
import { MIGRATIONS_DIR } from '@/lib/db/paths';
import { applyMigrations } from '@/lib/db/schema-engine';
import { getEnv } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { seed } from '@/prisma/seed';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const PG = process.env.BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const POOL = Number(process.env.DATABASE_POOL_MAX ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);

const body = () =>
  JSON.stringify({
    kind: 'REPORT',
    categoryId: 6,
    provinceId: 1 + Math.floor(Math.random() * 31),
    description: 'آسفالت خیابان اصلی محله از ماه گذشته تخریب شده و چاله‌ها خطرساز شده‌اند؛ پیگیری شهرداری تاکنون نتیجه نداشته است.',
    submissionToken: randomUUID(),
  });

type Run = { seconds: number; latencies: number[]; errors: number };

async function runPool(total: number, concurrency: number, task: () => Promise<boolean>): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) {
        const t0 = performance.now();
        const ok = await task().catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, errors };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
function summary(name: string, run: Run) {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const rate = run.latencies.length / run.seconds;
  console.log(
    `${name.padEnd(8)} ${run.latencies.length} in ${run.seconds.toFixed(2)} s → ${rate.toFixed(0)}/s · p50 ${pct(sorted, 50).toFixed(1)} ms · p95 ${pct(sorted, 95).toFixed(1)} ms · p99 ${pct(sorted, 99).toFixed(1)} ms · errors ${run.errors}`,
  );
  return { rate, errors: run.errors };
}

async function main() {
  const dbName = `sajam_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(PG);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  let server: ChildProcess | undefined;
  try {
    const env = getEnv({ ...process.env, DATABASE_URL: databaseUrl });
    const { adapter } = await openAdapter(env);
    await applyMigrations(adapter, MIGRATIONS_DIR);
    const prisma = new PrismaClient({ adapter });
    await seed(prisma, { demo: false });
    await prisma.$disconnect();

    const base = process.env.BENCH_URL ?? `http://127.0.0.1:${PORT}`;
    if (!process.env.BENCH_URL) {
      // Its own process group, so stopping it stops next-server too (an orphan would keep the port).
      server = spawn('node', ['server.mjs', '-p', String(PORT)], {
        detached: true,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: databaseUrl,
          DATABASE_POOL_MAX: String(POOL),
          NEXTAUTH_SECRET: 'bench-secret-bench-secret-bench-secret-00',
          NEXTAUTH_URL: base,
          SAJAM_DATA_KEY: process.env.SAJAM_DATA_KEY ?? 'bench-data-key-bench-data-key-bench-data-00',
          SAJAM_TRACKING_KEY: process.env.SAJAM_TRACKING_KEY ?? 'bench-tracking-key-bench-tracking-key-000',
          SAJAM_RATE_SUBMIT_PER_HOUR: '100000000',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      let up = false;
      for (
        let i = 0;
        i < 120 &&
        !(up = await fetch(`${base}/api/health`)
          .then((r) => r.ok)
          .catch(() => false));
        i++
      )
        await sleep(500);
      if (!up) throw new Error(`the production server did not answer ${base}/api/health within 60 s (is there a build? npm run build)`);
    }
    // node:http with keep-alive: the load generator shares the 2 cores, so it must be cheap (fetch is not).
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const target = new URL('/api/reports', base);
    let shown = false;
    const submit = () =>
      new Promise<boolean>((resolve, reject) => {
        const payload = body();
        const req = request(
          target,
          { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              if (res.statusCode !== 201 && !shown) {
                shown = true;
                console.error(`first failure: ${res.statusCode} ${Buffer.concat(chunks).toString()}`);
              }
              resolve(res.statusCode === 201);
            });
          },
        );
        req.on('error', reject);
        req.end(payload);
      });

    console.log(
      `Sajam submit benchmark: ${TOTAL} submissions, ${CONCURRENCY} in flight, app pool ${POOL}, PostgreSQL ${(await admin.query('SHOW server_version')).rows[0].server_version}`,
    );
    await runPool(WARMUP, CONCURRENCY, submit); // warm-up: JIT, connection pool, prepared statements
    const app = summary('app', await runPool(TOTAL, CONCURRENCY, submit));

    const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL });
    const insert = async () => {
      await pool.query(
        `INSERT INTO "Report" (id, kind, "categoryId", "provinceId", status, description, "trackingCodeHash", "submissionKeyHash", "stageDeadlineAt", "updatedAt")
         VALUES (gen_random_uuid(), 'REPORT', 6, $1, 'PROVINCE_REVIEW', $2, $3, $4, now() + interval '5 days', now())`,
        [1 + Math.floor(Math.random() * 31), JSON.parse(body()).description, randomUUID(), randomUUID()],
      );
      return true;
    };
    await runPool(WARMUP, CONCURRENCY, insert);
    const floor = summary('floor', await runPool(TOTAL, CONCURRENCY, insert));
    await pool.end();
    agent.destroy();
    console.log(`app/floor throughput ratio: ${(app.rate / floor.rate).toFixed(2)}`);
    if (app.errors + floor.errors > 0) {
      console.error(`bench:submit: ${app.errors} app and ${floor.errors} floor requests failed; the figures do not count`);
      process.exitCode = 1;
    }
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    await sleep(500);
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
}

await main();
