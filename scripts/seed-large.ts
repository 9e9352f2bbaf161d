// npm run db:seed:large — a national-scale data set for the queue benchmarks, written with COPY:
// 1,000,000 reports over the 31 provinces (weighted by population) across the Jalali years 1404 and
// 1405 so far, in every state with its review steps, plus cores, members, core heads, provincial staff
// and referrals with their history (./seed-large/referrals.ts: per-agency pace of acknowledgement,
// questions, answers, send-backs and acceptance, the follow-up job's reminders and escalations) and
// the reporters' ratings; a third of the settled cases published with the staff's public summary and the
// agency's answer as summarized (issue #16), and their PublicOutcome rows (lib/outcomes/refresh-public-outcomes.ts).
// PostgreSQL only (DATABASE_URL, and NEXTAUTH_SECRET or SAJAM_DATA_KEY: the synthetic
// mobiles are encrypted like real ones, so run the app with the same key); run `npm run db:migrate &&
// npm run db:seed` first, on a database without a large data set. SEED_LARGE_REPORTS changes the count.
// Secondary indexes are dropped during the load and rebuilt after it, as a bulk load should be, and
// the whole load is one transaction: a failure leaves the database as it was.
//
// Rows are typed by the generated Prisma client (./seed-large/copy.ts): a schema change that removes or
// renames a column the seed fills fails `npm run typecheck`, and one that adds a required column fails
// here at the table's first row, naming the table and the column. CI runs it at 2,000 reports
// (scripts/smoke-tooling.sh).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '@/lib/auth/password';
import { mobileColumns } from '@/lib/crypto/personal-data';
import { closeDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';
import { CopyRows, copy, liveSchema } from './seed-large/copy';
import { buildHistory, pickStatus, type Step } from './seed-large/history';
// Issue #16: a seed shortcut that mirrors the projection of published outcomes until
// The PublicOutcome rows through the product's own projection (lib/outcomes/outcome-projection.ts).
import { refreshPublicOutcomes as projectPublicOutcomes } from '@/lib/outcomes/refresh-public-outcomes';
import { agencyPlan, buildRating, buildReferrals, type PlannedEvent } from './seed-large/referrals';
import { describeProblem, placeName, summarizeAnswer, summarizeOutcome } from './seed-large/text';
import { rng } from './seed-large/random';

const TOTAL = Number(process.env.SEED_LARGE_REPORTS ?? 1_000_000);
const DAY = 86_400_000;
/** 1 Farvardin 1404 (21 March 2025) to today: the Jalali years 1404 and 1405 so far. */
const FROM = Date.UTC(2025, 2, 20, 20, 30);
const NOW = Date.now();

const MEMBERS_PER_CORE = 40;

const random = rng(1405);
/** The published outcomes' texts draw from their own stream, so the rest of the data set stays as it was. */
const publicText = rng(1616);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
function weighted(weights: readonly number[]): () => number {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(
    (
      (sum) => (w: number) =>
        (sum += w / total)
    )(0),
  );
  return () => {
    const r = random();
    const i = cumulative.findIndex((c) => r < c);
    return i < 0 ? weights.length - 1 : i;
  };
}

/** Drops the tables' secondary indexes, runs the load, and rebuilds them (inside the caller's transaction). */
async function withoutSecondaryIndexes<T>(client: pg.ClientBase, tables: string[], work: () => Promise<T>): Promise<T> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const r of rows) await client.query(`DROP INDEX "${r.indexname}"`);
  const result = await work();
  for (const r of rows) {
    const t0 = performance.now();
    await client.query(r.indexdef);
    console.log(`  index ${r.indexname} rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return result;
}

async function main() {
  const env = getEnv();
  if (!env.DATABASE_URL) throw new Error('db:seed:large needs PostgreSQL: set DATABASE_URL (the embedded database is not meant for a million reports).');
  if (env.NODE_ENV === 'production') throw new Error('db:seed:large writes synthetic data; refusing with NODE_ENV=production.');
  if (!Number.isInteger(TOTAL) || TOTAL < 1) throw new Error(`SEED_LARGE_REPORTS must be a positive integer, not ${process.env.SEED_LARGE_REPORTS}`);
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 });
  const client = await pool.connect();
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    // Census population (set by db:seed): weights the reports and sizes each province's cores.
    const provinces = (await client.query<{ id: number; code: string; population: number }>('SELECT "id", "code", "population" FROM "Province" ORDER BY "id"'))
      .rows;
    if (provinces.length !== 31 || provinces.some((p) => p.population <= 0)) {
      throw new Error('Run `npm run db:migrate && npm run db:seed` first: the 31 provinces or their populations are missing.');
    }
    if ((await client.query(`SELECT 1 FROM "User" WHERE "email" = 'large-0@sajam.invalid'`)).rowCount) {
      throw new Error('This database already holds a large data set (user large-0@sajam.invalid): seed a fresh database.');
    }
    const counties = (await client.query<{ id: number; provinceId: number }>('SELECT "id", "provinceId" FROM "County"')).rows;
    const categories = (await client.query<{ id: number }>('SELECT "id" FROM "Category" ORDER BY "sortOrder"')).rows.map((c) => c.id);
    const topics = (await client.query<{ id: number }>('SELECT "id" FROM "Topic"')).rows.map((t) => t.id);
    const agencies = agencyPlan(
      (
        await client.query<{ id: string; slug: string; provinceId: number | null; acknowledgeDays: number | null; answerDays: number | null }>(
          'SELECT "id", "slug", "provinceId", "acknowledgeDays", "answerDays" FROM "Agency" WHERE "active" ORDER BY "slug"',
        )
      ).rows.map((a) => ({
        ...a,
        acknowledgeDays: a.acknowledgeDays ?? env.SAJAM_AGENCY_ACKNOWLEDGE_DAYS,
        answerDays: a.answerDays ?? env.SAJAM_AGENCY_ANSWER_DAYS,
      })),
    );
    if (agencies.length === 0) throw new Error('Run `npm run db:seed` first: there is no active agency to refer reports to.');
    const countyIds = new Map<number, number[]>();
    for (const c of counties) countyIds.set(c.provinceId, [...(countyIds.get(c.provinceId) ?? []), c.id]);
    const countiesOf = (provinceId: number) => countyIds.get(provinceId) ?? [];

    // Cores, members (the first of each core is its head), and provincial staff. Every account has a
    // verified mobile, stored as the app stores one: ciphertext and blind index (mobileColumns).
    console.log(`reference data read (${elapsed()})`);
    const schema = await liveSchema(client);
    const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
    const cores = new CopyRows('Core', schema);
    const users = new CopyRows('User', schema);
    const members = new CopyRows('Member', schema);
    const coreList: { id: string; provinceId: number }[] = [];
    const membersOfCore = new Map<string, string[]>();
    const at = new Date(FROM);
    let n = 0;
    const user = (u: { id: string; email: string; name: string; roles: Role[]; provinceId: number; coreId: string | null }) =>
      users.push({
        id: u.id,
        email: u.email,
        ...mobileColumns(`0999${String(n).padStart(7, '0')}`),
        mobileVerifiedAt: at,
        passwordHash,
        name: u.name,
        roles: u.roles,
        status: 'ACTIVE',
        locale: 'fa',
        provinceId: u.provinceId,
        coreId: u.coreId,
        createdAt: at,
        updatedAt: at,
      });
    for (const p of provinces) {
      const coreCount = Math.max(3, Math.round((p.population / 1_000_000) * 8));
      for (let c = 0; c < coreCount; c++) {
        const core = { id: uuidv7(), provinceId: p.id };
        coreList.push(core);
        cores.push({
          id: core.id,
          provinceId: p.id,
          countyId: pick(countiesOf(p.id)),
          name: `هسته ${coreList.length} (بار بزرگ)`,
          area: placeName(random),
          capacity: 50,
          active: true,
          createdAt: at,
          updatedAt: at,
        });
        const ids: string[] = [];
        for (let m = 0; m < MEMBERS_PER_CORE; m++, n++) {
          const id = uuidv7();
          ids.push(id);
          user({
            id,
            email: `large-${n}@sajam.invalid`,
            name: `عضو ${n}`,
            roles: m === 0 ? ['MEMBER', 'CORE_HEAD'] : ['MEMBER'],
            provinceId: p.id,
            coreId: core.id,
          });
          members.push({
            id: uuidv7(),
            userId: id,
            firstName: 'عضو',
            lastName: String(n),
            provinceId: p.id,
            coreId: core.id,
            status: 'APPROVED',
            membershipCode: `${p.code}-1404-L${String(n).padStart(6, '0')}`,
            createdAt: at,
            updatedAt: at,
          });
        }
        membersOfCore.set(core.id, ids);
      }
      for (let s = 0; s < 3; s++, n++)
        user({ id: uuidv7(), email: `large-staff-${n}@sajam.invalid`, name: `کارشناس استان ${n}`, roles: ['PROVINCE_STAFF'], provinceId: p.id, coreId: null });
    }

    const provinceOf = weighted(provinces.map((p) => p.population));
    const coresByProvince = new Map<number, string[]>();
    for (const c of coreList) coresByProvince.set(c.provinceId, [...(coresByProvince.get(c.provinceId) ?? []), c.id]);
    const kindOf = weighted([80, 12, 8]);
    const categoryOf = weighted([12, 14, 10, 14, 12, 30, 8]);

    const reportRows = new CopyRows('Report', schema);
    const approvals = new CopyRows('Approval', schema);
    const referrals = new CopyRows('Referral', schema);
    const referralEvents = new CopyRows('ReferralEvent', schema);
    const ratings = new CopyRows('ReportRating', schema);
    const counts = new Map<string, number>();
    const referralCounts = new Map<string, number>();
    let publishedCount = 0;
    const event = (referralId: string, agencyId: string, e: PlannedEvent) =>
      referralEvents.push({
        id: uuidv7({ msecs: e.at }),
        referralId,
        agencyId,
        kind: e.kind,
        fromStatus: e.from,
        toStatus: e.to,
        note: e.note,
        agencyStatus: null,
        updateId: null,
        due: e.due,
        dueAt: e.dueAt === null ? null : new Date(e.dueAt),
        dueToday: e.dueToday,
        actorId: null,
        apiKeyId: null,
        createdAt: new Date(e.at),
      });
    const date = (t: number | null) => (t === null ? null : new Date(t));
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
          approvals.push({
            id: uuidv7({ msecs: s.at }),
            reportId: id,
            actorId: s.decision === 'SUBMIT' ? submitterId : null,
            decision: s.decision,
            fromStatus: s.from,
            toStatus: s.to,
            publicNote: s.publicNote,
            internalNote: null,
            createdAt: new Date(s.at),
          });
        }
        const settled = status === 'CLOSED' || status === 'PUBLISHED';
        const resolution = settled ? (random() < 0.7 ? 'RESOLVED' : 'UNRESOLVED') : null;
        const closedAt = settled ? steps.find((s) => s.to === 'CLOSED')!.at : null;
        const referredStep = steps.find((s) => s.decision === 'REFER');
        if (referredStep) {
          const planned = buildReferrals(random, agencies, {
            status,
            resolution,
            provinceId,
            referredAt: referredStep.at,
            closedAt,
            now: NOW,
            remindBeforeDays: env.SAJAM_AGENCY_REMIND_BEFORE_DAYS,
          });
          for (const r of planned) {
            const referralId = uuidv7({ msecs: r.referredAt });
            referralCounts.set(r.status, (referralCounts.get(r.status) ?? 0) + 1);
            referrals.push({
              id: referralId,
              reportId: id,
              agencyId: r.agencyId,
              status: r.status,
              version: r.version,
              coveringNote: r.coveringNote,
              acknowledgeDueAt: new Date(r.acknowledgeDueAt),
              answerDueAt: new Date(r.answerDueAt),
              response: r.response,
              agencyOutcome: r.agencyOutcome,
              resolution: r.resolution,
              referredAt: new Date(r.referredAt),
              acknowledgedAt: date(r.acknowledgedAt),
              respondedAt: date(r.respondedAt),
              acceptedAt: date(r.acceptedAt),
              escalatedAt: date(r.escalatedAt),
              updatedAt: new Date(r.updatedAt),
            });
            for (const e of r.events) event(referralId, r.agencyId, e);
          }
        }
        const rating = closedAt === null ? null : buildRating(random, closedAt, NOW, env.SAJAM_APPEAL_DAYS);
        if (rating)
          ratings.push({
            id: uuidv7({ msecs: rating.createdAt }),
            reportId: id,
            satisfied: rating.satisfied,
            comment: rating.comment,
            createdAt: new Date(rating.createdAt),
            appealStatus: rating.appealStatus,
            appealDecidedAt: date(rating.appealDecidedAt),
          });
        // Staff's public texts (issue #16), the answer agreeing with the resolution.
        const published = status === 'PUBLISHED';
        if (published) publishedCount++;
        const inReview = status === 'CORE_REVIEW' || status === 'PROVINCE_REVIEW' || status === 'NATIONAL_REVIEW';
        const stageDays = status === 'CORE_REVIEW' ? 3 : status === 'PROVINCE_REVIEW' ? 5 : 7;
        yield reportRows.encode({
          id,
          kind: (['REPORT', 'OPINION', 'SUGGESTION'] as const)[kindOf()]!,
          categoryId: categories[categoryOf()]!,
          topicId: random() < 0.2 ? pick(topics) : null,
          provinceId,
          countyId: pick(countiesOf(provinceId)),
          coreId,
          submitterId,
          hideIdentity: submitterId !== null && random() < 0.3,
          status,
          version: steps.length,
          description: describeProblem(random),
          placeDescription: placeName(random),
          incidentDate: new Date(submittedAt - Math.floor(random() * 10) * DAY).toISOString().slice(0, 10),
          stageDeadlineAt: inReview ? new Date(last.at + stageDays * DAY) : null,
          resumeStatus: status === 'NEEDS_INFO' ? last.from : null,
          resolution,
          publicOutcome: published ? summarizeOutcome(publicText, resolution) : null,
          publicAnswer: published ? summarizeAnswer(publicText, resolution === 'RESOLVED') : null,
          submittedAt: new Date(submittedAt),
          updatedAt: new Date(last.at),
          closedAt: date(closedAt),
          publishedAt: status === 'PUBLISHED' ? new Date(last.at) : null,
        });
        if ((i + 1) % 100_000 === 0) console.log(`  ${i + 1} reports generated (${elapsed()})`);
      }
    }

    // One transaction: a failure anywhere (a schema the seed no longer matches, a full disk) rolls
    // everything back, indexes included, so the next attempt starts from the same database.
    await client.query('BEGIN');
    try {
      await copy(client, cores);
      await copy(client, users);
      await copy(client, members);
      console.log(`cores ${cores.count}, users ${users.count}, members ${members.count} (${elapsed()})`);
      await withoutSecondaryIndexes(client, ['Report', 'Approval', 'Referral', 'ReferralEvent', 'ReportRating'], async () => {
        await copy(client, reportRows, reports());
        console.log(
          `reports ${TOTAL} copied; review steps ${approvals.count}, referrals ${referrals.count}, referral events ${referralEvents.count}, ratings ${ratings.count} (${elapsed()})`,
        );
        await copy(client, approvals);
        console.log(`review steps copied (${elapsed()})`);
        await copy(client, referrals);
        await copy(client, referralEvents);
        await copy(client, ratings);
        console.log(`referrals, their history and ratings copied (${elapsed()})`);
      });
      await client.query('COMMIT');
      console.log(`committed (${elapsed()})`);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
    await client.query('ANALYZE');
    console.log(`analyzed (${elapsed()})`);
    // The public projection of the published outcomes, as the hourly refresh keeps it (issue #16).
    const t0 = performance.now();
    const projected = await projectPublicOutcomes();
    console.log(
      `public outcomes: ${publishedCount} published, ${projected.upserted} projected, ${projected.removed} removed in ${((performance.now() - t0) / 1000).toFixed(1)} s (${elapsed()})`,
    );
    await client.query('ANALYZE "PublicOutcome"');
    console.log('states:', Object.fromEntries([...counts].sort()));
    console.log('referral states:', Object.fromEntries([...referralCounts].sort()));
    console.log(`done in ${elapsed()}`);
  } finally {
    client.release();
    await pool.end();
    await closeDb();
  }
}

try {
  await main();
} catch (error) {
  // One readable line (the cause's stack only on request): this runs in CI as well as by hand.
  console.error(`db:seed:large failed: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 1;
}
