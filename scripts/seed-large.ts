// npm run db:seed:large — a national-scale data set for the queue benchmarks, written with COPY:
// 1,000,000 reports over the 31 provinces (weighted by population) across the Jalali years 1404 and
// 1405 so far, in every state with its review steps, plus cores, members, core heads, provincial staff
// and referrals. PostgreSQL only (DATABASE_URL); run `npm run db:migrate && npm run db:seed` first.
// SEED_LARGE_REPORTS changes the count. Secondary indexes are dropped during the load and rebuilt
// after it, as a bulk load should be.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '@/lib/auth/password';
import { getEnv } from '@/lib/env';
import { STATUS_PATH, buildHistory, pickStatus, type Step } from './seed-large/history';
import { describeProblem, placeName } from './seed-large/text';

const TOTAL = Number(process.env.SEED_LARGE_REPORTS ?? 1_000_000);
const DAY = 86_400_000;
/** 1 Farvardin 1404 (21 March 2025) to today: the Jalali years 1404 and 1405 so far. */
const FROM = Date.UTC(2025, 2, 20, 20, 30);
const NOW = Date.now();

/** Population in millions, in the order of prisma/seed-data provinces (ids 1..31). */
const POPULATION = [0.95, 0.72, 0.7, 13.3, 1.3, 5.1, 3.3, 1.2, 1.8, 0.58, 4.7, 1.95, 1.6, 2.7, 1.27, 1.05, 4.85, 0.77, 0.86, 6.4, 3.16, 1.14, 2.8, 2.53, 1.76, 1.43, 1.87, 3.28, 1.74, 1.27, 3.9];
const MEMBERS_PER_CORE = 40;

/** A small fast PRNG, seeded, so two runs produce the same data set. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(1405);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
function weighted(weights: readonly number[]): () => number {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(((sum) => (w: number) => (sum += w / total))(0));
  return () => {
    const r = random();
    const i = cumulative.findIndex((c) => r < c);
    return i < 0 ? weights.length - 1 : i;
  };
}

/** COPY text format: \N for null, and the four characters that would break a row escaped. */
function field(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
const row = (values: (string | number | boolean | Date | null | undefined)[]) => `${values.map(field).join('\t')}\n`;

async function copy(client: pg.PoolClient, table: string, columns: string[], rows: Iterable<string>) {
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
  // Batch rows into chunks of ~1 MB: one stream write per row is slow.
  function* chunks() {
    let buffer = '';
    for (const r of rows) {
      buffer += r;
      if (buffer.length > 1_000_000) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

async function withoutSecondaryIndexes<T>(client: pg.PoolClient, tables: string[], work: () => Promise<T>): Promise<T> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const r of rows) await client.query(`DROP INDEX "${r.indexname}"`);
  try {
    return await work();
  } finally {
    for (const r of rows) {
      const t0 = performance.now();
      await client.query(r.indexdef);
      console.log(`  index ${r.indexname} rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
}

async function main() {
  const env = getEnv();
  if (!env.DATABASE_URL) throw new Error('db:seed:large needs PostgreSQL: set DATABASE_URL (the embedded database is not meant for a million reports).');
  if (env.NODE_ENV === 'production') throw new Error('db:seed:large writes synthetic data; refusing with NODE_ENV=production.');
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 });
  const client = await pool.connect();
  const started = performance.now();
  try {
    const provinces = (await client.query<{ id: number; code: string }>('SELECT "id", "code" FROM "Province" ORDER BY "id"')).rows;
    if (provinces.length !== 31) throw new Error('Run `npm run db:migrate && npm run db:seed` first: the 31 provinces are missing.');
    const counties = (await client.query<{ id: number; provinceId: number }>('SELECT "id", "provinceId" FROM "County"')).rows;
    const categories = (await client.query<{ id: number }>('SELECT "id" FROM "Category" ORDER BY "sortOrder"')).rows.map((c) => c.id);
    const topics = (await client.query<{ id: number }>('SELECT "id" FROM "Topic"')).rows.map((t) => t.id);
    const agencies = (await client.query<{ id: string }>('SELECT "id" FROM "Agency"')).rows.map((a) => a.id);
    const countiesOf = (provinceId: number) => counties.filter((c) => c.provinceId === provinceId).map((c) => c.id);

    // Cores, members (the first of each core is its head), and provincial staff.
    const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
    const cores: { id: string; provinceId: number }[] = [];
    const users: string[] = [];
    const members: string[] = [];
    const membersOfCore = new Map<string, string[]>();
    const at = new Date(FROM);
    for (const p of provinces) {
      const coreCount = Math.max(3, Math.round(POPULATION[p.id - 1]! * 8));
      for (let c = 0; c < coreCount; c++) {
        const core = { id: uuidv7(), provinceId: p.id };
        cores.push(core);
        const ids: string[] = [];
        for (let m = 0; m < MEMBERS_PER_CORE; m++) {
          const id = uuidv7();
          ids.push(id);
          const n = users.length;
          const roles = m === 0 ? '{MEMBER,CORE_HEAD}' : '{MEMBER}';
          users.push(row([id, `large-${n}@sajam.invalid`, null, passwordHash, `عضو ${n}`, roles, 'ACTIVE', 'fa', p.id, core.id, at, at]));
          members.push(row([uuidv7(), id, 'عضو', String(n), p.id, core.id, 'APPROVED', `${p.code}-1404-L${String(n).padStart(6, '0')}`, at, at]));
        }
        membersOfCore.set(core.id, ids);
      }
      for (let s = 0; s < 3; s++) {
        const n = users.length;
        users.push(row([uuidv7(), `large-staff-${n}@sajam.invalid`, null, passwordHash, `کارشناس استان ${n}`, '{PROVINCE_STAFF}', 'ACTIVE', 'fa', p.id, null, at, at]));
      }
    }
    await copy(client, 'Core', ['id', 'provinceId', 'countyId', 'name', 'area', 'capacity', 'active', 'createdAt', 'updatedAt'],
      cores.map((c, i) => row([c.id, c.provinceId, pick(countiesOf(c.provinceId)), `هسته ${i + 1} (بار بزرگ)`, placeName(random), 50, true, at, at])));
    await copy(client, 'User', ['id', 'email', 'mobile', 'passwordHash', 'name', 'roles', 'status', 'locale', 'provinceId', 'coreId', 'createdAt', 'updatedAt'], users);
    await copy(client, 'Member', ['id', 'userId', 'firstName', 'lastName', 'provinceId', 'coreId', 'status', 'membershipCode', 'createdAt', 'updatedAt'], members);
    console.log(`cores ${cores.length}, users ${users.length}, members ${members.length}`);

    const provinceOf = weighted(POPULATION);
    const coresByProvince = new Map<number, string[]>();
    for (const c of cores) coresByProvince.set(c.provinceId, [...(coresByProvince.get(c.provinceId) ?? []), c.id]);
    const kindOf = weighted([80, 12, 8]);
    const categoryOf = weighted([12, 14, 10, 14, 12, 30, 8]);

    const approvals: string[] = [];
    const referrals: string[] = [];
    const counts = new Map<string, number>();
    function* reports() {
      for (let i = 0; i < TOTAL; i++) {
        const provinceId = provinces[provinceOf()]!.id;
        const submittedAt = FROM + Math.floor(random() * (NOW - FROM));
        const fromMember = random() < 0.35;
        const coreId = fromMember ? pick(coresByProvince.get(provinceId)!) : null;
        const submitterId = coreId ? pick(membersOfCore.get(coreId)!) : null;
        const status = pickStatus(random, (NOW - submittedAt) / DAY, coreId !== null);
        counts.set(status, (counts.get(status) ?? 0) + 1);
        const id = uuidv7({ msecs: submittedAt });
        const steps: Step[] = buildHistory(random, { status, hasCore: coreId !== null, submittedAt, now: NOW });
        const last = steps[steps.length - 1]!;
        for (const s of steps) {
          approvals.push(row([uuidv7({ msecs: s.at }), id, s.decision === 'SUBMIT' ? submitterId : null, s.decision, s.from, s.to, s.publicNote, null, new Date(s.at)]));
        }
        const referredStep = steps.find((s) => s.decision === 'REFER');
        if (referredStep) {
          const reached = STATUS_PATH.indexOf(status);
          const referralStatus = reached >= STATUS_PATH.indexOf('CLOSED') ? 'CLOSED' : status === 'RESPONDED' ? 'RESPONDED' : status === 'ACKNOWLEDGED' ? 'ACKNOWLEDGED' : 'PENDING';
          referrals.push(row([uuidv7({ msecs: referredStep.at }), id, pick(agencies), referralStatus, new Date(referredStep.at)]));
        }
        const inReview = status === 'CORE_REVIEW' || status === 'PROVINCE_REVIEW' || status === 'NATIONAL_REVIEW';
        const stageDays = status === 'CORE_REVIEW' ? 3 : status === 'PROVINCE_REVIEW' ? 5 : 7;
        yield row([
          id, ['REPORT', 'OPINION', 'SUGGESTION'][kindOf()], categories[categoryOf()], random() < 0.2 ? pick(topics) : null, provinceId,
          pick(countiesOf(provinceId)), coreId, submitterId, submitterId !== null && random() < 0.3, status, steps.length,
          describeProblem(random), placeName(random), new Date(submittedAt - Math.floor(random() * 10) * DAY).toISOString().slice(0, 10),
          inReview ? new Date(last.at + stageDays * DAY) : null, status === 'NEEDS_INFO' ? last.from : null,
          status === 'CLOSED' || status === 'PUBLISHED' ? (random() < 0.7 ? 'RESOLVED' : 'UNRESOLVED') : null,
          new Date(submittedAt), new Date(last.at),
          status === 'CLOSED' || status === 'PUBLISHED' ? new Date(steps.find((s) => s.to === 'CLOSED')!.at) : null,
          status === 'PUBLISHED' ? new Date(last.at) : null,
        ]);
        if ((i + 1) % 100_000 === 0) console.log(`  ${i + 1} reports generated (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      }
    }

    await withoutSecondaryIndexes(client, ['Report', 'Approval', 'Referral'], async () => {
      await copy(client, 'Report', ['id', 'kind', 'categoryId', 'topicId', 'provinceId', 'countyId', 'coreId', 'submitterId', 'hideIdentity', 'status', 'version',
        'description', 'placeDescription', 'incidentDate', 'stageDeadlineAt', 'resumeStatus', 'resolution', 'submittedAt', 'updatedAt', 'closedAt', 'publishedAt'], reports());
      console.log(`reports ${TOTAL} copied; review steps ${approvals.length}, referrals ${referrals.length}`);
      await copy(client, 'Approval', ['id', 'reportId', 'actorId', 'decision', 'fromStatus', 'toStatus', 'publicNote', 'internalNote', 'createdAt'], approvals);
      await copy(client, 'Referral', ['id', 'reportId', 'agencyId', 'status', 'referredAt'], referrals);
    });
    await client.query('ANALYZE');
    console.log('states:', Object.fromEntries([...counts].sort()));
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    client.release();
    await pool.end();
  }
}

await main();
