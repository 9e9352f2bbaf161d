import { randomUUID } from 'node:crypto';
import { toGregorian } from 'jalaali-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Decision, ReportStatus } from '@/lib/generated/prisma/enums';
import { toJalali } from '@/lib/i18n/format';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { tehranAt } from '@/lib/testing/stats';
import type { AnnualFigures } from '@/lib/annual-report/annual-figures';
import { computeProvinceBreakdown, emptyProvinceCounts } from './compute-province-breakdown';
import { FUNNEL_STEPS, REPORT_KINDS } from './figures';
import { getAnnualFigures } from './get-annual-figures';

// A year no other test writes into, and a province whose reports of that year are all this test's.
const YEAR = 1391;
const PROVINCE = 13;
const OTHER_PROVINCE = 2;
const STAGES = ['CORE_REVIEW', 'PROVINCE_REVIEW', 'NATIONAL_REVIEW'] as const;
const DAY = 86_400_000;
let db: Db;
let agencyId: string;
let national: Actor;
let staff: Actor;
let topicIds: number[];

const num = (v: unknown) => Number(v ?? 0);
const pct = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : null);
const round1 = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);

/** The first local instant of a Jalali month, from jalaali-js directly (the test's own calendar arithmetic). */
const monthStart = (jy: number, jm: number) => {
  const { gy, gm, gd } = toGregorian(jy, jm, 1);
  return `${gy}-${String(gm).padStart(2, '0')}-${String(gd).padStart(2, '0')} 00:00:00`;
};
const localOf = (column: Prisma.Sql) => Prisma.sql`(${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tehran'`;
const inYear = (column: Prisma.Sql, year: number) =>
  Prisma.sql`${localOf(column)} >= ${monthStart(year, 1)}::timestamp AND ${localOf(column)} < ${monthStart(year + 1, 1)}::timestamp`;

type Scope = { province?: number; agency?: string };
const scopeSql = ({ province, agency }: Scope) =>
  province !== undefined
    ? Prisma.sql`r."provinceId" = ${province}`
    : agency !== undefined
      ? Prisma.sql`r."id" IN (SELECT f."reportId" FROM "Referral" f WHERE f."agencyId" = ${agency}::uuid AND f."status"::text <> 'WITHDRAWN')`
      : Prisma.sql`TRUE`;
const reportsOf = (scope: Scope, year: number) =>
  Prisma.sql`SELECT r."id" FROM "Report" r WHERE ${inYear(Prisma.sql`r."submittedAt"`, year)} AND ${scopeSql(scope)}`;

/** Every new figure of the annual report as this test counts it, exactly, with its own SQL (no code of lib/stats). */
async function expected(scope: Scope, year = YEAR) {
  const stages = [];
  for (const stage of STAGES) {
    const [s] = await db.$queryRaw<Record<string, unknown>[]>`
      WITH changes AS (
        SELECT a.* FROM "Approval" a WHERE a."reportId" IN (${reportsOf(scope, year)}) AND (a."fromStatus" IS NULL OR a."fromStatus" <> a."toStatus")),
      visit AS (
        SELECT c."reportId", c."createdAt" AS t_in,
          (SELECT min(b."createdAt") FROM changes b WHERE b."reportId" = c."reportId" AND b."createdAt" > c."createdAt") AS t_out
        FROM changes c WHERE c."toStatus"::text = ${stage})
      SELECT count(*) AS visits, count(t_out) AS finished,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t_out - t_in) / 86400) AS median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t_out - t_in) / 86400) AS p90,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."action" = 'report.reminded' AND e."objectId" = visit."reportId"::text
          AND e."meta"->>'status' = ${stage} AND e."at" >= t_in AND (t_out IS NULL OR e."at" <= t_out))) AS overdue,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Approval" x WHERE x."reportId" = visit."reportId" AND x."decision" = 'ESCALATE'
          AND x."fromStatus"::text = ${stage} AND x."createdAt" >= t_in AND (t_out IS NULL OR x."createdAt" <= t_out))) AS escalated
      FROM visit`;
    const finished = num(s!.finished);
    stages.push({
      stage,
      visits: num(s!.visits),
      medianDays: finished ? round1(s!.median) : null,
      p90Days: finished ? round1(s!.p90) : null,
      overduePercent: pct(num(s!.overdue), num(s!.visits)),
      escalatedPercent: pct(num(s!.escalated), num(s!.visits)),
    });
  }
  const endings = [];
  for (const stage of STAGES) {
    const count = async (decision: Decision) =>
      num(
        (
          await db.$queryRaw<{ n: bigint }[]>`SELECT count(DISTINCT a."reportId") AS n FROM "Approval" a
            WHERE a."reportId" IN (${reportsOf(scope, year)}) AND a."decision"::text = ${decision} AND a."fromStatus"::text = ${stage}`
        )[0]!.n,
      );
    endings.push({ stage, rejected: await count('REJECT'), duplicate: await count('MARK_DUPLICATE'), withdrawn: await count('WITHDRAW') });
  }
  const appeals = await db.$queryRaw<{ agencyId: string; appeals: bigint; upheld: bigint; dismissed: bigint }[]>`
    SELECT f."agencyId"::text AS "agencyId", count(*) AS appeals,
      sum(CASE WHEN g."appealStatus"::text = 'UPHELD' THEN 1 ELSE 0 END) AS upheld,
      sum(CASE WHEN g."appealStatus"::text = 'DISMISSED' THEN 1 ELSE 0 END) AS dismissed
    FROM "Referral" f, "ReportRating" g
    WHERE g."reportId" = f."reportId" AND f."reportId" IN (${reportsOf(scope, year)}) AND f."status"::text <> 'WITHDRAWN' AND g."appealStatus" IS NOT NULL
    GROUP BY f."agencyId"`;
  const topics = await db.$queryRaw<{ id: number; reports: bigint }[]>`
    SELECT r."topicId" AS id, count(*) AS reports FROM "Report" r
    WHERE r."id" IN (${reportsOf(scope, year)}) AND r."topicId" IS NOT NULL GROUP BY r."topicId"`;
  const outcomes = await db.$queryRaw<{ id: string }[]>`
    SELECT o."id"::text AS id FROM "PublicOutcome" o WHERE o."year" = ${year}
      AND ${scope.province !== undefined ? Prisma.sql`o."provinceId" = ${scope.province}` : Prisma.sql`TRUE`}
      AND ${scope.agency !== undefined ? Prisma.sql`${scope.agency}::uuid = ANY (o."agencyIds")` : Prisma.sql`TRUE`}
    ORDER BY o."seq" DESC`;
  return {
    stages,
    endings,
    appeals: new Map(appeals.map((a) => [a.agencyId, { appeals: num(a.appeals), upheld: num(a.upheld), dismissed: num(a.dismissed) }])),
    topics: new Map(topics.map((t) => [t.id, num(t.reports)])),
    outcomes: outcomes.map((o) => o.id),
  };
}

/** Volunteers per province as this test counts them (a Jalali year by the Tehran calendar). */
async function expectedVolunteers(year: number, province?: number) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT p."id",
      (SELECT count(*) FROM "Member" m WHERE m."provinceId" = p."id" AND m."submittedAt" IS NOT NULL AND ${inYear(Prisma.sql`m."submittedAt"`, year)}) AS applications,
      (SELECT count(*) FROM "Member" m WHERE m."provinceId" = p."id" AND m."status"::text = 'APPROVED' AND m."decidedAt" IS NOT NULL AND ${inYear(Prisma.sql`m."decidedAt"`, year)}) AS approved,
      (SELECT count(*) FROM "Member" m WHERE m."provinceId" = p."id" AND m."status"::text = 'REJECTED' AND m."decidedAt" IS NOT NULL AND ${inYear(Prisma.sql`m."decidedAt"`, year)}) AS rejected,
      (SELECT count(DISTINCT e."objectId") FROM "AuditEvent" e JOIN "Member" m ON m."id"::text = e."objectId"
        WHERE m."provinceId" = p."id" AND e."action" = 'member.transition' AND e."meta"->>'to' = 'CORRECTION_REQUESTED' AND ${inYear(Prisma.sql`e."at"`, year)}) AS "correctionRequested",
      (SELECT count(*) FROM "Core" c WHERE c."provinceId" = p."id" AND c."active") AS cores,
      (SELECT count(*) FROM "Member" m, "User" u WHERE u."id" = m."userId" AND m."provinceId" = p."id" AND m."status"::text = 'APPROVED' AND u."status"::text = 'ACTIVE') AS "activeMembers"
    FROM "Province" p WHERE ${province === undefined ? Prisma.sql`TRUE` : Prisma.sql`p."id" = ${province}`} ORDER BY p."id"`;
  return rows.map((r) => ({
    id: r.id as number,
    applications: num(r.applications),
    approved: num(r.approved),
    rejected: num(r.rejected),
    correctionRequested: num(r.correctionRequested),
    cores: num(r.cores),
    activeMembers: num(r.activeMembers),
  }));
}

/** Compares the annual report's own figures (exact) with the test's SQL. */
function expectSame(got: AnnualFigures, want: Awaited<ReturnType<typeof expected>>) {
  expect(got.reviewStages).toEqual(want.stages);
  expect(got.endings).toEqual(want.endings);
  expect(got.appeals.map((a) => a.agencyId)).toEqual(got.current.agencies.map((a) => a.id));
  for (const a of got.appeals)
    expect({ appeals: a.appeals, upheld: a.upheld, dismissed: a.dismissed }).toEqual(want.appeals.get(a.agencyId) ?? { appeals: 0, upheld: 0, dismissed: 0 });
  // Every agency with an appeal is in the list.
  for (const id of want.appeals.keys()) expect(got.appeals.some((a) => a.agencyId === id)).toBe(true);
  const top = [...want.topics.values()].sort((a, b) => b - a).slice(0, 10);
  expect(got.topics.map((t) => t.reports)).toEqual(top);
  for (const t of got.topics) expect(t.reports).toBe(want.topics.get(t.id));
  expect(got.outcomesTotal).toBe(want.outcomes.length);
  expect(got.outcomes.map((o) => o.id)).toEqual(want.outcomes.slice(0, 100));
}

/** Writes a report with its approvals (from, to, decision, days after submission), straight into the tables. */
async function report(o: { day: number; moves: [ReportStatus | null, ReportStatus, Decision, number][]; topicId?: number; month?: number; year?: number }) {
  const id = randomUUID();
  const submittedAt = tehranAt(o.year ?? YEAR, o.month ?? 2, o.day, 10);
  const status = o.moves.at(-1)?.[1] ?? 'CORE_REVIEW';
  await db.report.create({
    data: { id, kind: 'REPORT', categoryId: 1, provinceId: PROVINCE, status, description: 'گزارش آزمون گزارش سالانه', submittedAt, topicId: o.topicId ?? null },
  });
  await db.approval.createMany({
    data: o.moves.map(([fromStatus, toStatus, decision, days]) => ({
      reportId: id,
      fromStatus,
      toStatus,
      decision,
      createdAt: new Date(submittedAt.getTime() + days * DAY),
    })),
  });
  return id;
}

beforeAll(async () => {
  db = await seededDb();
  national = await createActor(db, ['NATIONAL_OFFICE']);
  staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: PROVINCE });
  const suffix = uniqueSuffix();
  agencyId = (await db.agency.create({ data: { slug: `annual-${suffix}`, name: `دستگاه سالانه ${suffix}`, nameEn: `Annual agency ${suffix}` } })).id;
  topicIds = [];
  for (const i of [1, 2])
    topicIds.push(
      (
        await db.topic.create({
          data: { slug: `annual-${i}-${suffix}`, title: `موضوع ${i} ${suffix}`, titleEn: `Topic ${i}`, description: 'آزمون', active: false },
        })
      ).id,
    );

  // Twelve reports through core and province review, with durations of 1–12 days at the core; the first six
  // escalated at the core, then approved nationally and referred to the test's agency; three rejected by the province.
  const referred: string[] = [];
  for (let i = 0; i < 12; i++) {
    const core = i + 1;
    const moves: [ReportStatus | null, ReportStatus, Decision, number][] = [[null, 'CORE_REVIEW', 'SUBMIT', 0]];
    if (i < 6) moves.push(['CORE_REVIEW', 'CORE_REVIEW', 'ESCALATE', 0.5]);
    moves.push(['CORE_REVIEW', 'PROVINCE_REVIEW', 'APPROVE', core]);
    if (i === 7) moves.push(['PROVINCE_REVIEW', 'CORE_REVIEW', 'RETURN', core + 1], ['CORE_REVIEW', 'PROVINCE_REVIEW', 'APPROVE', core + 3]);
    if (i < 8) moves.push(['PROVINCE_REVIEW', 'NATIONAL_REVIEW', 'APPROVE', core + 5]);
    else if (i < 11) moves.push(['PROVINCE_REVIEW', 'REJECTED', 'REJECT', core + 2]);
    if (i < 6)
      moves.push(
        ['NATIONAL_REVIEW', 'APPROVED', 'APPROVE', core + 6 + i / 2],
        ['APPROVED', 'REFERRED', 'REFER', core + 9],
        ['REFERRED', 'CLOSED', 'CLOSE', core + 30],
      );
    const id = await report({ day: i + 1, moves, topicId: i < 7 ? topicIds[0] : i < 9 ? topicIds[1] : undefined });
    if (i < 6) referred.push(id);
  }
  for (const [i, reportId] of referred.entries()) {
    const referredAt = tehranAt(YEAR, 3, 1);
    // Accepted long ago: nothing here is due, so no other test's referral sweep picks it up.
    await db.referral.create({
      data: {
        reportId,
        agencyId,
        status: 'ACCEPTED',
        resolution: 'RESOLVED',
        referredAt,
        acknowledgeDueAt: new Date(referredAt.getTime() + 7 * DAY),
        answerDueAt: new Date(referredAt.getTime() + 30 * DAY),
        acknowledgedAt: new Date(referredAt.getTime() + DAY),
        respondedAt: new Date(referredAt.getTime() + 10 * DAY),
        acceptedAt: new Date(referredAt.getTime() + 12 * DAY),
      },
    });
    const appealStatus = i < 3 ? 'UPHELD' : i === 3 ? 'DISMISSED' : i === 4 ? 'OPEN' : null;
    await db.reportRating.create({ data: { reportId, satisfied: appealStatus === null, appealStatus } });
  }
  // Six reports still at the core (five reminded as overdue: the sweep's audit event), and six that ended there.
  const stuck: string[] = [];
  for (let i = 0; i < 6; i++) stuck.push(await report({ day: 20 + i, moves: [[null, 'CORE_REVIEW', 'SUBMIT', 0]] }));
  await db.$transaction(async (tx) => {
    for (const id of stuck.slice(0, 5))
      await recordAuditEvent(tx, { actorId: null, action: 'report.reminded', objectType: 'report', objectId: id, meta: { status: 'CORE_REVIEW' } });
  });
  for (const [i, decision] of (['REJECT', 'REJECT', 'REJECT', 'MARK_DUPLICATE', 'MARK_DUPLICATE', 'WITHDRAW'] as const).entries())
    await report({
      day: 1 + i,
      month: 5,
      moves: [
        [null, 'CORE_REVIEW', 'SUBMIT', 0],
        ['CORE_REVIEW', decision === 'REJECT' ? 'REJECTED' : decision === 'WITHDRAW' ? 'WITHDRAWN' : 'CLOSED', decision, 2],
      ],
    });
  // The year before: three reports, so the province's `previous` exists.
  for (let i = 0; i < 3; i++) await report({ year: YEAR - 1, day: i + 1, moves: [[null, 'CORE_REVIEW', 'SUBMIT', 0]] });
  // Three published outcomes of referred reports, and one of another year.
  for (const [i, reportId] of [...referred.slice(0, 3), null].entries()) {
    const id = reportId ?? (await report({ year: YEAR - 1, day: 10, moves: [] }));
    await db.publicOutcome.create({
      data: {
        reportId: id,
        kind: 'REPORT',
        categoryId: 1,
        provinceId: PROVINCE,
        year: reportId ? YEAR : YEAR - 1,
        month: 2,
        summary: `خلاصه عمومی ${i}`,
        answerSummary: 'پاسخ دستگاه',
        resolution: 'RESOLVED',
        agencyIds: [agencyId],
        publishedOn: new Date(Date.UTC(2012, 7, 1 + i)),
      },
    });
  }
}, 120_000);

describe('getAnnualFigures (issue #17)', () => {
  it("counts a province's year exactly, equal to the test's own SQL", async () => {
    const f = await getAnnualFigures({ actor: staff, year: YEAR, suppressed: false });
    expect(f.scope).toEqual({ kind: 'province', provinceId: PROVINCE });
    expect(f.scopeLabel.fa).toBe((await db.province.findUniqueOrThrow({ where: { id: PROVINCE } })).name);
    expect(f.suppressed).toBe(false);
    expect(f.current.total).toBe(24);
    expect(f.previous?.total).toBe(4);
    expectSame(f, await expected({ province: PROVINCE }));
    // What the fixture wrote, read off directly: 12 + 1 return + 6 stuck + 6 ended visits of the core, 6 escalated, 5 reminded.
    expect(f.reviewStages[0]).toMatchObject({ stage: 'CORE_REVIEW', visits: 25, escalatedPercent: 24, overduePercent: 20 });
    expect(f.reviewStages[1]!.visits).toBe(13);
    expect(f.endings[0]).toEqual({ stage: 'CORE_REVIEW', rejected: 3, duplicate: 2, withdrawn: 1 });
    expect(f.endings[1]).toEqual({ stage: 'PROVINCE_REVIEW', rejected: 3, duplicate: 0, withdrawn: 0 });
    expect(f.appeals.find((a) => a.agencyId === agencyId)).toMatchObject({ appeals: 5, upheld: 3, dismissed: 1 });
    expect(f.topics.map((t) => [t.id, t.reports])).toEqual([
      [topicIds[0], 7],
      [topicIds[1], 2],
    ]);
    expect(f.outcomesTotal).toBe(3);
    expect(f.outcomes[0]).toMatchObject({ publishedOn: '1391/05/13', resolution: 'RESOLVED', province: f.scopeLabel.fa, summary: 'خلاصه عمومی 2' });
    expect(f.outcomes[0]!.agencies).toEqual([(await db.agency.findUniqueOrThrow({ where: { id: agencyId } })).name]);
    expect(f.volunteers.provinces.map((p) => p.id)).toEqual([PROVINCE]);
  });

  it('withholds small counts in the same figures when suppressed, linked to the national ones (review H1, H2)', async () => {
    const f = await getAnnualFigures({ actor: staff, year: YEAR });
    expect(f.suppressed).toBe(true);
    expect(f.current.suppressed).toBe(true);
    const exact = await getAnnualFigures({ actor: staff, year: YEAR, suppressed: false });
    // Whatever is printed is the exact count; what is withheld is null.
    const same = (got: number | null, want: number | null) => (got === null ? true : got === want);
    f.current.byKind.forEach((k, i) => expect(same(k.count, exact.current.byKind[i]!.count)).toBe(true));
    f.current.byMonth.forEach((m, i) => expect(same(m, exact.current.byMonth[i]!)).toBe(true));
    f.current.funnel.steps.forEach((s, i) => expect(same(s.count, exact.current.funnel.steps[i]!.count)).toBe(true));
    f.reviewStages.forEach((s, i) => expect(same(s.visits, exact.reviewStages[i]!.visits)).toBe(true));
    // Its total and categories are its row of the national province × category table as the public figures print it.
    const country = await getAnnualFigures({ actor: national, year: YEAR, now: new Date() });
    const row = country.current.provinces.findIndex((p) => p.id === PROVINCE);
    expect(f.current.total).toBe(country.current.provinces[row]!.count);
    expect(f.current.provinceCategory).toEqual([country.current.provinceCategory[row]]);
    // The year before had 4 reports in the province: withheld, so no year before at all (as with none: break-it review).
    expect(exact.previous?.total).toBe(4);
    expect(f.previous).toBeNull();
    // Endings (H2) and a province's appeals are left out, and say so; topics only with a printed count of 5 or more.
    expect(f.endings).toEqual([]);
    expect(f.appeals).toEqual([]);
    expect(f.omitted).toEqual(['endings', 'appeals']);
    expect(exact.omitted).toEqual([]);
    for (const t of f.topics) expect(t.reports).toBeGreaterThanOrEqual(5);
    // Volunteers: the province's row of the national table (every province counted, then its row kept).
    expect(f.volunteers.provinces.map((p) => p.id)).toEqual([PROVINCE]);
    expect(f.volunteers.provinces[0]).toEqual(country.volunteers.provinces.find((p) => p.id === PROVINCE));
  });

  it("breaks the country's counts down by province with the same definitions as a province's own counts", async () => {
    const breakdown = await computeProvinceBreakdown(db, { year: YEAR });
    for (const provinceId of [PROVINCE, OTHER_PROVINCE]) {
      const own = await getAnnualFigures({ actor: national, year: YEAR, provinceId, suppressed: false });
      const c = breakdown.get(provinceId) ?? emptyProvinceCounts();
      expect(REPORT_KINDS.map((k) => c.byKind[k])).toEqual(own.current.byKind.map((k) => k.count));
      expect(c.byMonth).toEqual(own.current.byMonth);
      expect(FUNNEL_STEPS.map((s) => c.funnel[s])).toEqual(own.current.funnel.steps.map((s) => s.count));
      expect(c.funnel.stages.map((s) => [s.entered, s.rejected])).toEqual(own.current.funnel.stages.map((s) => [s.entered, s.rejected]));
      expect(own.reviewStages.map((s) => c.visits[s.stage])).toEqual(own.reviewStages.map((s) => s.visits));
      for (const a of own.current.agencies) expect(c.referrals.get(a.id) ?? 0).toBe(a.referrals);
      for (const t of own.topics) expect(c.topics.get(t.id)).toBe(t.reports);
    }
    expect(breakdown.get(PROVINCE)!.referrals.get(agencyId)).toBe(6);
  });

  it("counts an agency's year: the reports referred to it, its league row only", async () => {
    const f = await getAnnualFigures({ actor: national, year: YEAR, agencyId, suppressed: false });
    expect(f.scope).toEqual({ kind: 'agency', agencyId });
    expect(f.current.total).toBe(6);
    expect(f.current.agencies.map((a) => a.id)).toEqual([agencyId]);
    expect(f.previous).toBeNull();
    expectSame(f, await expected({ agency: agencyId }));
    expect(f.volunteers.provinces).toEqual([]);
    expect(f.volunteers.totals.applications).toBeNull();
  });

  it('counts the whole country, equal to the same SQL unnarrowed; reads the public snapshot when suppressed and one exists', async () => {
    const now = new Date();
    const f = await getAnnualFigures({ actor: national, year: YEAR, suppressed: false, now });
    expect(f.scope).toEqual({ kind: 'national' });
    expect(f.scopeLabel).toEqual({ fa: 'کل کشور', en: 'The whole country' });
    expectSame(f, await expected({}));
    expect(f.volunteers.provinces).toHaveLength(31);

    const counted = await getAnnualFigures({ actor: national, year: YEAR, now });
    expect(counted.countedAt).toBe(now.toISOString());
    const refreshedAt = new Date('2026-01-01T00:00:00Z');
    await db.statsSnapshot.create({ data: { scope: 'public', year: YEAR, data: counted.current, refreshedAt } });
    try {
      const fromSnapshot = await getAnnualFigures({ actor: national, year: YEAR, now });
      expect(fromSnapshot.countedAt).toBe(refreshedAt.toISOString());
      expect(fromSnapshot.current).toEqual(counted.current);
      // The year before has no snapshot: the refresh writes every year with reports, so it had none nationally.
      expect(fromSnapshot.previous).toBeNull();
    } finally {
      await db.statsSnapshot.delete({ where: { scope_year: { scope: 'public', year: YEAR } } });
    }
  });

  it("counts volunteers of the current year per province, equal to the test's own SQL", async () => {
    const year = toJalali(new Date()).jy;
    const suffix = uniqueSuffix();
    const core = await db.core.create({ data: { name: `هسته سالانه ${suffix}`, provinceId: PROVINCE } });
    const member = async (status: 'APPROVED' | 'REJECTED' | 'SUBMITTED', i: number) => {
      const user = await db.user.create({ data: { name: `داوطلب ${suffix} ${i}`, roles: ['MEMBER'], email: `annual-${suffix}-${i}@sajam.test` } });
      return db.member.create({
        data: {
          userId: user.id,
          firstName: 'داوطلب',
          lastName: `${suffix}${i}`,
          provinceId: PROVINCE,
          coreId: core.id,
          status,
          submittedAt: new Date(),
          decidedAt: status === 'SUBMITTED' ? null : new Date(),
        },
      });
    };
    const members: { id: string }[] = [];
    for (const [i, s] of (['APPROVED', 'APPROVED', 'REJECTED', 'SUBMITTED', 'SUBMITTED'] as const).entries()) members.push(await member(s, i));
    await db.$transaction(async (tx) => {
      for (const m of members.slice(3))
        await recordAuditEvent(tx, {
          actorId: null,
          action: 'member.transition',
          objectType: 'member',
          objectId: m.id,
          meta: { action: 'requestCorrection', from: 'DETAILS_REVIEW', to: 'CORRECTION_REQUESTED' },
        });
    });
    const province = await getAnnualFigures({ actor: staff, year, suppressed: false });
    const want = await expectedVolunteers(year, PROVINCE);
    expect(province.volunteers.provinces).toMatchObject(want);
    expect(province.volunteers.provinces[0]!.applications).toBeGreaterThanOrEqual(5);
    expect(province.volunteers.provinces[0]!.correctionRequested).toBeGreaterThanOrEqual(2);

    const all = await getAnnualFigures({ actor: national, year, suppressed: false });
    const wantAll = await expectedVolunteers(year);
    expect(all.volunteers.provinces).toMatchObject(wantAll);
    for (const m of ['applications', 'approved', 'rejected', 'correctionRequested', 'cores', 'activeMembers'] as const)
      expect(all.volunteers.totals[m]).toBe(wantAll.reduce((a, p) => a + p[m], 0));
    // Suppressed: nothing below 5 shows, and what shows is the exact count.
    const hidden = await getAnnualFigures({ actor: national, year });
    for (const [i, p] of hidden.volunteers.provinces.entries())
      for (const m of ['applications', 'approved', 'rejected', 'correctionRequested', 'cores', 'activeMembers'] as const) {
        const v = p[m];
        if (v !== null) expect(v).toBe(wantAll[i]![m]);
        if (wantAll[i]![m] < 5) expect(v).toBeNull();
      }
  });

  it('gives a year without data a valid object of zeros and nulls', async () => {
    const f = await getAnnualFigures({ actor: national, year: 1380, suppressed: false });
    expect(f.current.total).toBe(0);
    expect(f.previous).toBeNull();
    expect(f.reviewStages.every((s) => s.visits === 0 && s.medianDays === null && s.overduePercent === null)).toBe(true);
    expect(f.endings.every((e) => e.rejected === 0 && e.duplicate === 0 && e.withdrawn === 0)).toBe(true);
    expect(f.appeals.every((a) => a.appeals === 0)).toBe(true);
    expect(f.volunteers.totals.applications).toBe(0);
    expect(f.topics).toEqual([]);
    expect(f.outcomes).toEqual([]);
    expect(f.outcomesTotal).toBe(0);
    const hidden = await getAnnualFigures({ actor: staff, year: 1380 });
    expect(hidden.current.total).toBeNull();
    expect(hidden.reviewStages.every((s) => s.visits === null)).toBe(true);
  });

  it('refuses what is out of reach: another province or an agency for province staff, unknown scopes, and non-staff', async () => {
    await expect(getAnnualFigures({ actor: staff, year: YEAR, provinceId: OTHER_PROVINCE })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAnnualFigures({ actor: staff, year: YEAR, agencyId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getAnnualFigures({ actor: staff, year: YEAR, provinceId: PROVINCE })).scope).toEqual({ kind: 'province', provinceId: PROVINCE });
    await expect(getAnnualFigures({ actor: national, year: YEAR, agencyId: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAnnualFigures({ actor: national, year: YEAR, agencyId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAnnualFigures({ actor: national, year: YEAR, provinceId: 99 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAnnualFigures({ actor: national, year: YEAR, provinceId: PROVINCE, agencyId })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(getAnnualFigures({ actor: national, year: 99 })).rejects.toMatchObject({ code: 'VALIDATION' });
    const member = await createActor(db, ['MEMBER']);
    await expect(getAnnualFigures({ actor: member, year: YEAR })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getAnnualFigures({ actor: null, year: YEAR })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId });
    await expect(getAnnualFigures({ actor: liaison, year: YEAR, agencyId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The national office reaches any province.
    expect((await getAnnualFigures({ actor: national, year: YEAR, provinceId: OTHER_PROVINCE })).scope).toEqual({
      kind: 'province',
      provinceId: OTHER_PROVINCE,
    });
  });
});
