// npm run bench:agencies — how fast the agency side answers on the large data set (npm run db:seed:large),
// issue #14: the agency inbox of the largest agency (keyset paging, newest referral first; all states and
// one state; first page and a deep page) as raw SQL equivalent to the inbox's, the national office's
// "overdue agencies" (lib/agencies/list-overdue-agencies.ts) and the follow-up job's scan for due
// referrals (lib/workflow/referral-sweep.ts). Runs against DATABASE_URL through the app's client,
// sequentially (one user's latency), and prints p50/p95/p99 and each EXPLAIN plan.
// BENCH_RUNS (300) and BENCH_WARMUP (20) set the runs per query; BENCH_DEEP_PAGE (500) the deep page.
import { closeDb, getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { overdueAgenciesQuery } from '@/lib/agencies/list-overdue-agencies';
import { getSettings } from '@/lib/settings/get-settings';
import { followUpPolicy } from '@/lib/workflow/referral-followup';
import { dueReferralsQuery } from '@/lib/workflow/referral-sweep';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const DEEP_PAGE = Number(process.env.BENCH_DEEP_PAGE ?? 500);
const PAGE = 25;

type Result = { name: string; p50: number; p95: number; p99: number; max: number; rows?: number };

async function time(name: string, run: () => Promise<number>): Promise<Result> {
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
  const r = { name, p50: pct(50), p95: pct(95), p99: pct(99), max: samples[samples.length - 1]!, rows };
  console.log(
    `${name.padEnd(52)} p50 ${r.p50.toFixed(1).padStart(6)} ms · p95 ${r.p95.toFixed(1).padStart(6)} ms · p99 ${r.p99.toFixed(1).padStart(6)} ms · max ${r.max.toFixed(1).padStart(6)} ms · ${rows} rows`,
  );
  return r;
}

/** The inbox page: this agency's referrals, newest first, after the cursor (keyset), optionally in one state. */
function inboxQuery(agencyId: string, o: { status?: string; after?: { referredAt: Date; id: string } }): Prisma.Sql {
  return Prisma.sql`
    SELECT "id", "reportId", "status", "referredAt", "acknowledgeDueAt", "answerDueAt", "escalatedAt", "version"
    FROM "Referral"
    WHERE "agencyId" = ${agencyId}::uuid
      ${o.status ? Prisma.sql`AND "status" = ${o.status}::"ReferralStatus"` : Prisma.empty}
      ${o.after ? Prisma.sql`AND ("referredAt", "id") < (${o.after.referredAt}, ${o.after.id}::uuid)` : Prisma.empty}
    ORDER BY "referredAt" DESC, "id" DESC
    LIMIT ${PAGE}`;
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('bench:agencies needs DATABASE_URL: the database filled by npm run db:seed:large.');
  if (!(Number.isInteger(RUNS) && RUNS >= 1 && Number.isInteger(WARMUP) && WARMUP >= 0 && Number.isInteger(DEEP_PAGE) && DEEP_PAGE >= 2))
    throw new Error('BENCH_RUNS and BENCH_DEEP_PAGE must be positive integers (BENCH_DEEP_PAGE ≥ 2) and BENCH_WARMUP a non-negative one.');
  const db = await getDb();
  const [reports, referrals, events] = await Promise.all([db.report.count(), db.referral.count(), db.referralEvent.count()]);
  if (referrals === 0) throw new Error('bench:agencies found no referrals: fill the database with npm run db:seed:large first.');
  const perAgency = await db.$queryRaw<{ agencyId: string; slug: string; n: bigint; open: bigint }[]>`
    SELECT r."agencyId", a."slug", count(*) AS n, count(*) FILTER (WHERE r."status" IN ('PENDING', 'ACKNOWLEDGED', 'SENT_BACK')) AS open
    FROM "Referral" r JOIN "Agency" a ON a."id" = r."agencyId" GROUP BY 1, 2 ORDER BY n DESC`;
  console.log(`reports ${reports.toLocaleString('en')}, referrals ${referrals.toLocaleString('en')}, referral events ${events.toLocaleString('en')}`);
  for (const a of perAgency)
    console.log(`  ${a.slug.padEnd(22)} ${Number(a.n).toLocaleString('en').padStart(9)} referrals, ${Number(a.open).toLocaleString('en')} open`);
  console.log(`${RUNS} timed runs each after ${WARMUP} warm-up runs\n`);

  const largest = perAgency[0]!.agencyId;
  const cursorAt = async (status: string | undefined, page: number) => {
    const rows = await db.$queryRaw<{ referredAt: Date; id: string }[]>`
      SELECT "referredAt", "id" FROM "Referral" WHERE "agencyId" = ${largest}::uuid ${status ? Prisma.sql`AND "status" = ${status}::"ReferralStatus"` : Prisma.empty}
      ORDER BY "referredAt" DESC, "id" DESC OFFSET ${(page - 1) * PAGE - 1} LIMIT 1`;
    return rows[0];
  };
  const deep = await cursorAt(undefined, DEEP_PAGE);
  const deepAcknowledged = await cursorAt('ACKNOWLEDGED', Math.min(DEEP_PAGE, 20));
  const now = new Date();
  const policy = followUpPolicy(await getSettings());

  const scenarios: { name: string; sql: Prisma.Sql }[] = [
    { name: 'inbox, largest agency, all states, first page', sql: inboxQuery(largest, {}) },
    ...(deep ? [{ name: `inbox, largest agency, all states, page ${DEEP_PAGE}`, sql: inboxQuery(largest, { after: deep }) }] : []),
    { name: 'inbox, largest agency, PENDING, first page', sql: inboxQuery(largest, { status: 'PENDING' }) },
    { name: 'inbox, largest agency, ACKNOWLEDGED, first page', sql: inboxQuery(largest, { status: 'ACKNOWLEDGED' }) },
    ...(deepAcknowledged
      ? [{ name: `inbox, ACKNOWLEDGED, page ${Math.min(DEEP_PAGE, 20)}`, sql: inboxQuery(largest, { status: 'ACKNOWLEDGED', after: deepAcknowledged }) }]
      : []),
    { name: 'overdue agencies (national office)', sql: overdueAgenciesQuery(now) },
    { name: 'follow-up job: due referrals scan (no lock)', sql: dueReferralsQuery(now, policy, 100, false) },
  ];
  for (const s of scenarios) await time(s.name, async () => (await db.$queryRaw<unknown[]>(s.sql)).length);
  // The job's own statement takes row locks: timed inside a transaction that is rolled back.
  await time('follow-up job: due referrals scan (FOR UPDATE SKIP LOCKED)', () =>
    db.$transaction(async (tx) => (await tx.$queryRaw<unknown[]>(dueReferralsQuery(now, policy, 100))).length),
  );

  for (const s of scenarios) {
    const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${s.sql}`;
    console.log(`\n--- EXPLAIN: ${s.name}\n${plan.map((p) => p['QUERY PLAN']).join('\n')}`);
  }
  await closeDb();
}

await main();
