// npm run bench:portal — the agency portal's and the national follow-up page's own use cases
// (lib/agencies/list-referrals.ts, agency-figures.ts, list-overdue-agencies.ts), as the pages call them,
// against DATABASE_URL (a db:seed:large database). Prints p50/p95 per call; read-only.
import { agencyFigures } from '@/lib/agencies/agency-figures';
import { listOverdueAgencies } from '@/lib/agencies/list-overdue-agencies';
import { listReferrals } from '@/lib/agencies/list-referrals';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);

async function time(label: string, run: () => Promise<unknown>, runs = RUNS) {
  for (let i = 0; i < WARMUP; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(`${label.padEnd(58)} p50 ${at(0.5).padStart(7)} ms · p95 ${at(0.95).padStart(7)} ms`);
}

const db = await getDb();
const [largest] = await db.$queryRaw<{ agencyId: string; n: bigint }[]>`SELECT "agencyId", count(*) n FROM "Referral" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`;
if (!largest) throw new Error('no referrals: run db:seed:large first');
const base = { name: 'bench', provinceId: null, coreId: null } as const;
const liaison: Actor = { ...base, id: '00000000-0000-7000-8000-00000000b001', roles: ['AGENCY_LIAISON'], agencyId: largest.agencyId };
const national: Actor = { ...base, id: '00000000-0000-7000-8000-00000000b002', roles: ['NATIONAL_OFFICE'], agencyId: null };
console.log(`largest agency: ${largest.n} referrals; ${await db.report.count()} reports`);

const first = await listReferrals({ actor: liaison });
let deep = first.nextCursor;
for (let i = 0; i < 20 && deep; i++) deep = (await listReferrals({ actor: liaison, filters: { after: deep } })).nextCursor;
await time('agency inbox, first page', () => listReferrals({ actor: liaison }));
await time('agency inbox, page 21 (keyset)', () => listReferrals({ actor: liaison, filters: { after: deep ?? undefined } }));
await time('agency inbox, state RESPONDED', () => listReferrals({ actor: liaison, filters: { status: 'RESPONDED' } }));
await time('agency inbox, overdue view', () => listReferrals({ actor: liaison, filters: { view: 'overdue' } }));
await time('agency figures, computed (open, overdue, medians of a year)', () => agencyFigures({ actor: liaison, fresh: true }), 10);
await time('agency figures, as the portal reads them (kept a minute)', () => agencyFigures({ actor: liaison }));
await time('national: to evaluate', () => listReferrals({ actor: national, filters: { view: 'evaluate' } }));
await time('national: appeals', () => listReferrals({ actor: national, filters: { view: 'appeals' } }));
await time('national: overdue agencies table', () => listOverdueAgencies({ actor: national }), 10);
process.exit(0);
