// npm run bench:open311 — how fast the Open311 agency API answers (issue #14): requests.json GET and
// servicerequestupdates.json POST, for the agency with the most live referrals. Runs the route handlers
// in-process against DATABASE_URL with Request objects (key check, per-key limit, the use case, the
// answer and its audit row: everything but HTTP parsing), sequentially (one agency system's latency),
// and prints p50/p95/p99 with the plan of the list query.
//
// It writes, and says so: an API key for the agency (label "bench-open311", revoked at the end), one
// progress update (IN_PROGRESS, a ReferralEvent and its audit rows) per POST run on the agency's open
// referrals, and, when the agency has fewer than BENCH_MIN_REFERRALS (20) referrals it can still move,
// that many referrals of existing reports made directly (a fixture: the demo seed has none).
// Run it on a benchmark database, never on one that matters.
//
// BENCH_RUNS (300) and BENCH_WARMUP (20) set the runs per call.
import { createApiKey } from '@/lib/agencies/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/agencies/api-keys/revoke-api-key';
import type { Actor } from '@/lib/authz';
import { closeDb, getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { postUpdateEndpoint, requestEndpoint, requestsEndpoint } from '@/lib/open311/endpoints';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const MIN_REFERRALS = Number(process.env.BENCH_MIN_REFERRALS ?? 20);
const BASE = 'http://bench.invalid/api/open311/v2';

type Result = { name: string; p50: number; p95: number; p99: number; max: number };

async function time(name: string, run: (i: number) => Promise<Response>): Promise<Result> {
  const call = async (i: number) => {
    const res = await run(i);
    if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  for (let i = 0; i < WARMUP; i++) await call(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await call(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;
  const r = { name, p50: pct(50), p95: pct(95), p99: pct(99), max: samples[samples.length - 1]! };
  console.log(
    `${name.padEnd(58)} p50 ${r.p50.toFixed(1).padStart(6)} ms · p95 ${r.p95.toFixed(1).padStart(6)} ms · p99 ${r.p99.toFixed(1).padStart(6)} ms · max ${r.max.toFixed(1).padStart(6)} ms`,
  );
  return r;
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('bench:open311 needs DATABASE_URL (PostgreSQL: the demo seed or npm run db:seed:large).');
  if (!(Number.isInteger(RUNS) && RUNS >= 1 && Number.isInteger(WARMUP) && WARMUP >= 0))
    throw new Error('BENCH_RUNS must be a positive integer and BENCH_WARMUP a non-negative one.');
  const db = await getDb();

  // The agency with the most live referrals (the first agency when there are none yet).
  const [largest] = await db.referral.groupBy({
    by: ['agencyId'],
    where: { status: { not: 'WITHDRAWN' } },
    _count: { _all: true },
    orderBy: { _count: { agencyId: 'desc' } },
    take: 1,
  });
  const agency = largest
    ? await db.agency.findUniqueOrThrow({ where: { id: largest.agencyId } })
    : await db.agency.findFirstOrThrow({ where: { active: true }, orderBy: { slug: 'asc' } });
  const movable = { agencyId: agency.id, status: { in: ['PENDING', 'ACKNOWLEDGED', 'SENT_BACK'] } } satisfies Prisma.ReferralWhereInput;
  let open = await db.referral.count({ where: movable });
  if (open < MIN_REFERRALS) {
    const reports = await db.report.findMany({
      where: { referrals: { none: { agencyId: agency.id } } },
      orderBy: { submittedAt: 'desc' },
      take: MIN_REFERRALS - open,
      select: { id: true },
    });
    await db.referral.createMany({ data: reports.map((r) => ({ reportId: r.id, agencyId: agency.id, coveringNote: 'bench-open311' })) });
    console.log(`made ${reports.length} referrals to ${agency.slug} (a fixture: it had ${open} it could still move)`);
    open = await db.referral.count({ where: movable });
  }
  const total = await db.referral.count({ where: { agencyId: agency.id, status: { not: 'WITHDRAWN' } } });
  console.log(`agency ${agency.slug}: ${total} live referrals, ${open} open to updates; ${await db.report.count()} reports; runs ${RUNS}, warm-up ${WARMUP}\n`);

  const admin = await db.user.findFirst({ where: { roles: { has: 'ADMIN' } } });
  if (!admin) throw new Error('bench:open311 needs an ADMIN account (npm run db:seed makes one outside production).');
  const actor: Actor = { id: admin.id, name: admin.name, roles: admin.roles, provinceId: null, coreId: null, agencyId: null };
  const created = await createApiKey({ actor, input: { agencyId: agency.id, label: 'bench-open311', expiresInDays: 1, ratePerMinute: 6000 } });
  const withKey = (path: string) => new Request(`${BASE}/${path}${path.includes('?') ? '&' : '?'}api_key=${created.key}`);

  try {
    const ids = (await db.referral.findMany({ where: movable, orderBy: { referredAt: 'desc' }, take: 200, select: { id: true } })).map((r) => r.id);
    const oldest = await db.referral.findFirstOrThrow({ where: { agencyId: agency.id }, orderBy: { updatedAt: 'asc' }, select: { updatedAt: true } });
    const results = [
      await time('GET requests.json (last 90 days, page 1 of 50)', () => requestsEndpoint(withKey('requests.json'), 'json')),
      await time('GET requests.json?status=open&page_size=100', () => requestsEndpoint(withKey('requests.json?status=open&page_size=100'), 'json')),
      await time('GET requests.json?updated_after=… (oldest changes, 50)', () =>
        requestsEndpoint(withKey(`requests.json?updated_after=${encodeURIComponent(new Date(oldest.updatedAt.getTime() - 1000).toISOString())}`), 'json'),
      ),
      await time('GET requests/{id}.json', (i) =>
        requestEndpoint(withKey(`requests/${ids[Math.abs(i) % ids.length]}.json`), `${ids[Math.abs(i) % ids.length]}.json`),
      ),
      await time('POST servicerequestupdates.json (IN_PROGRESS)', (i) => {
        const body = new URLSearchParams({
          api_key: created.key,
          service_request_id: ids[Math.abs(i) % ids.length]!,
          update_id: `bench-${created.prefix}-${i}`,
          status: 'IN_PROGRESS',
          description: 'بررسی ادامه دارد (bench-open311).',
        });
        return postUpdateEndpoint(
          new Request(`${BASE}/servicerequestupdates.json`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
          'json',
        );
      }),
    ];

    const window = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
    const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
      SELECT f.id FROM "Referral" f WHERE f."agencyId" = ${agency.id}::uuid AND f.status <> 'WITHDRAWN' AND f."referredAt" >= ${window}
      ORDER BY f."referredAt" DESC, f.id DESC LIMIT 50`;
    console.log(`\n--- EXPLAIN: requests.json's page (its referral ids)\n${plan.map((p) => p['QUERY PLAN']).join('\n')}`);
    const slow = results.filter((r) => r.p95 >= 100);
    console.log(slow.length ? `\np95 ≥ 100 ms: ${slow.map((r) => r.name).join('; ')}` : '\nevery p95 under 100 ms');
  } finally {
    await revokeApiKey({ actor, agencyId: agency.id, apiKeyId: created.id });
    await closeDb();
  }
}

await main();
