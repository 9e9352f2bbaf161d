// npm run bench:audit — the audit log viewer at scale (issue #15): how fast /audit's pages answer
// (lib/audit/list-audit-events.ts, through the use case) and how many events per second the chain check
// (lib/audit/verify-chain.ts, the "verify" button and `npm run audit:verify`) goes through. Runs against
// DATABASE_URL. BENCH_AUDIT_FILL=n first appends n synthetic events (a valid chain, one a minute from
// 1404/01/01, 14 kinds, 2,000 actors, a fifth by the system). BENCH_RUNS (50) runs per page query.
import type { Actor } from '@/lib/authz';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { closeDb, getDb } from '@/lib/db/client';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const FILL = Number(process.env.BENCH_AUDIT_FILL ?? 0);

const fillSql = (n: number) => `
DO $$
DECLARE
  prev text := coalesce((SELECT hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1), repeat('0', 64));
  actions text[] := ARRAY['report.submit','report.transition','report.transition','report.transition','report.message','auth.login','auth.login',
    'auth.login_failed','referral.moved','api_key.used','api_key.used','member.transition','report.assigned','core.create'];
  actors uuid[];
  a text; ts timestamp(3); act uuid; m jsonb; h text;
BEGIN
  PERFORM pg_advisory_xact_lock(1396787777);
  SELECT array_agg(gen_random_uuid()) INTO actors FROM generate_series(1, 2000);
  FOR i IN 1..${n} LOOP
    a := actions[1 + (i::bigint * 7919) % array_length(actions, 1)];
    ts := timestamp '2025-03-20 20:30:00' + i * interval '60 seconds';
    act := CASE WHEN i % 5 = 0 THEN NULL ELSE actors[1 + (i::bigint * 104729) % 2000] END;
    m := CASE WHEN a = 'report.transition' THEN '{"action":"approve","from":"CORE_REVIEW","to":"PROVINCE_REVIEW"}'::jsonb END;
    h := sajam_audit_hash(prev, ts, act, a, split_part(a, '.', 1), 'obj-' || (i % 200000), m);
    INSERT INTO "AuditEvent"(at, "actorId", action, "objectType", "objectId", meta, "prevHash", hash)
      VALUES (ts, act, a, split_part(a, '.', 1), 'obj-' || (i % 200000), m, prev, h);
    prev := h;
  END LOOP;
END $$`;

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('bench:audit needs DATABASE_URL (PostgreSQL).');
  const db = await getDb();
  if (FILL > 0) {
    const t0 = performance.now();
    await db.$executeRawUnsafe(fillSql(FILL));
    await db.$executeRawUnsafe('ANALYZE "AuditEvent"');
    console.log(`appended ${FILL.toLocaleString('en')} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const events = await db.auditEvent.count();
  console.log(`${events.toLocaleString('en')} events\n`);

  const actor: Actor = { id: '00000000-0000-7000-8000-000000000000', name: 'bench', roles: ['ADMIN'], provinceId: null, coreId: null, agencyId: null };
  const someone = await db.auditEvent.findFirst({ where: { actorId: { not: null } }, orderBy: { id: 'desc' }, select: { actorId: true } });
  const deep = await listAuditEvents({ actor, limit: 25 * 400 });
  const scenarios: [string, Record<string, string | undefined>][] = [
    ['newest page, no filter', {}],
    ['page 401, no filter', { after: deep.nextCursor ?? undefined }],
    ['one action (core.create)', { action: 'core.create' }],
    ['a group (auth.*)', { action: 'auth.*' }],
    ['one person (by id)', { actor: someone?.actorId ?? undefined }],
    ['the system alone', { system: 'on' }],
    ['one Tehran day (1404/06/01)', { from: '1404/06/01', to: '1404/06/01' }],
    ['five months (1404/01/10–1404/06/10)', { from: '1404/01/10', to: '1404/06/10' }],
    ['an action in one month', { action: 'auth.login', from: '1404/05/01', to: '1404/05/31' }],
    ['one object (report obj-123)', { objectType: 'report', objectId: 'obj-123' }],
  ];
  for (const [name, filters] of scenarios) {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await listAuditEvents({ actor, filters });
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;
    console.log(`${name.padEnd(40)} p50 ${pct(50).toFixed(1).padStart(7)} ms · p95 ${pct(95).toFixed(1).padStart(7)} ms`);
  }

  console.log('');
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const result = await verifyAuditChain(db);
    const s = (performance.now() - t0) / 1000;
    console.log(
      `chain check: ${result.ok ? 'intact' : 'BROKEN'}, ${result.events.toLocaleString('en')} events in ${s.toFixed(2)} s = ${Math.round(result.events / s).toLocaleString('en')} events/s`,
    );
  }
}

try {
  await main();
} finally {
  await closeDb();
}
