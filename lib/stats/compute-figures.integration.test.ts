import { toGregorian } from 'jalaali-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { seededDb } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { ensureStatsYear, tehranAt } from '@/lib/testing/stats';
import { FUNNEL_STAGES, REPORT_KINDS, type StatsFigures } from './figures';
import { agencyFigures } from '@/lib/agencies/agency-figures';
import { getStaffFigures, statsScopeFor } from './get-staff-figures';

// A year no other test writes into; the fixture puts ~700 reports in it, plus two on the year's edges.
const YEAR = 1396;
const NOW = tehranAt(1405, 6, 1);
let db: Db;

/** Tehran local time of a report, in SQL, written here without lib/i18n (the test's own clock arithmetic). */
const local = Prisma.sql`(r."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tehran'`;
/** The first local instant of a Jalali month, from jalaali-js directly. */
const monthStart = (jy: number, jm: number) => {
  const { gy, gm, gd } = toGregorian(jy, jm, 1);
  return `${gy}-${String(gm).padStart(2, '0')}-${String(gd).padStart(2, '0')} 00:00:00`;
};
const inYear = (extra: Prisma.Sql = Prisma.sql`TRUE`) =>
  Prisma.sql`${local} >= ${monthStart(YEAR, 1)}::timestamp AND ${local} < ${monthStart(YEAR + 1, 1)}::timestamp AND ${extra}`;
const num = (v: unknown) => Number(v ?? 0);
const pct = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : null);

/** The figures as this test computes them, straight from the tables (correlated subqueries, no code of lib/stats). */
async function expected(province: number | null): Promise<
  Omit<StatsFigures, 'version' | 'suppressed' | 'year' | 'provinces' | 'categories' | 'agencies'> & {
    provinceTotals: Map<number, number>;
    categoryTotals: Map<number, number>;
    agencies: Map<string, Record<string, number | null>>;
  }
> {
  const scope = province === null ? Prisma.sql`TRUE` : Prisma.sql`r."provinceId" = ${province}`;
  const where = inYear(scope);
  const cells = await db.$queryRaw<
    { p: number; c: number; n: bigint }[]
  >`SELECT r."provinceId" AS p, r."categoryId" AS c, count(*) AS n FROM "Report" r WHERE ${where} GROUP BY 1, 2`;
  const kinds = await db.$queryRaw<{ k: string; n: bigint }[]>`SELECT r."kind"::text AS k, count(*) AS n FROM "Report" r WHERE ${where} GROUP BY 1`;
  const months = await db.$queryRaw<{ m: number; n: bigint }[]>`
    SELECT m.m, count(r."id") AS n FROM (VALUES ${Prisma.join(
      Array.from(
        { length: 12 },
        (_, i) =>
          Prisma.sql`(${i + 1}::int, ${monthStart(YEAR, i + 1)}::timestamp, ${i === 11 ? monthStart(YEAR + 1, 1) : monthStart(YEAR, i + 2)}::timestamp)`,
      ),
    )}) AS m(m, "from", "to")
    LEFT JOIN "Report" r ON ${local} >= m."from" AND ${local} < m."to" AND ${scope}
    GROUP BY m.m ORDER BY m.m`;
  const [funnel] = await db.$queryRaw<Record<string, bigint>[]>`
    SELECT count(*) AS received,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Approval" a WHERE a."reportId" = r."id"
        AND ((a."decision" = 'APPROVE' AND a."fromStatus" = 'NATIONAL_REVIEW') OR a."decision" IN ('REJECT', 'MARK_DUPLICATE')))) AS reviewed,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Referral" f WHERE f."reportId" = r."id" AND f."status" <> 'WITHDRAWN')) AS referred,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Referral" f WHERE f."reportId" = r."id" AND f."status" <> 'WITHDRAWN' AND f."respondedAt" IS NOT NULL)) AS answered,
      count(*) FILTER (WHERE r."status" IN ('CLOSED', 'PUBLISHED') AND r."resolution" = 'RESOLVED') AS resolved
    FROM "Report" r WHERE ${where}`;
  const stages = [];
  for (const stage of FUNNEL_STAGES) {
    const [s] = await db.$queryRaw<{ entered: bigint; rejected: bigint }[]>`
      SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Approval" a WHERE a."reportId" = r."id" AND a."toStatus"::text = ${stage})) AS entered,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Approval" a WHERE a."reportId" = r."id" AND a."decision" = 'REJECT' AND a."fromStatus"::text = ${stage})) AS rejected
      FROM "Report" r WHERE ${where}`;
    stages.push({ stage, entered: num(s!.entered), rejected: num(s!.rejected), rejectedPercent: pct(num(s!.rejected), num(s!.entered)) });
  }
  const league = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT f."agencyId"::text AS id, count(*) AS referrals,
      count(*) FILTER (WHERE f."acknowledgedAt" IS NOT NULL AND f."acknowledgedAt" <= f."acknowledgeDueAt") AS ack_ok,
      count(*) FILTER (WHERE f."acknowledgedAt" IS NOT NULL OR f."acknowledgeDueAt" < ${NOW}) AS ack_all,
      count(*) FILTER (WHERE f."respondedAt" IS NOT NULL AND f."respondedAt" <= f."answerDueAt") AS ans_ok,
      count(*) FILTER (WHERE f."respondedAt" IS NOT NULL OR f."answerDueAt" < ${NOW}) AS ans_all,
      count(*) FILTER (WHERE f."status" = 'SENT_BACK' OR EXISTS (SELECT 1 FROM "ReferralEvent" e WHERE e."referralId" = f."id" AND e."kind" = 'SENT_BACK')) AS back,
      count(*) FILTER (WHERE f."respondedAt" IS NOT NULL) AS answered,
      count(*) FILTER (WHERE g."satisfied") AS happy, count(g."id") AS rated,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f."acknowledgedAt" - f."referredAt") / 86400) AS ack_days,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f."respondedAt" - f."referredAt") / 86400) AS ans_days
    FROM "Referral" f JOIN "Report" r ON r."id" = f."reportId" LEFT JOIN "ReportRating" g ON g."reportId" = r."id"
    WHERE ${where} AND f."status" <> 'WITHDRAWN' GROUP BY f."agencyId"`;
  const round1 = (v: unknown) => (v === null ? null : Math.round(Number(v) * 10) / 10);
  const provinceTotals = new Map<number, number>();
  const categoryTotals = new Map<number, number>();
  for (const c of cells) {
    provinceTotals.set(c.p, (provinceTotals.get(c.p) ?? 0) + num(c.n));
    categoryTotals.set(c.c, (categoryTotals.get(c.c) ?? 0) + num(c.n));
  }
  return {
    total: [...provinceTotals.values()].reduce((a, b) => a + b, 0),
    provinceTotals,
    categoryTotals,
    provinceCategory: cells.map((c) => [c.p, c.c, num(c.n)]),
    byKind: REPORT_KINDS.map((kind) => ({ kind, count: num(kinds.find((k) => k.k === kind)?.n) })),
    byMonth: months.map((m) => num(m.n)),
    funnel: {
      steps: (['received', 'reviewed', 'referred', 'answered', 'resolved'] as const).map((step) => ({ step, count: num(funnel![step]) })),
      stages,
    },
    agencies: new Map(
      league.map((a) => [
        a.id as string,
        {
          referrals: num(a.referrals),
          acknowledgedWithinDuePercent: pct(num(a.ack_ok), num(a.ack_all)),
          answeredWithinDuePercent: pct(num(a.ans_ok), num(a.ans_all)),
          sentBackPercent: pct(num(a.back), num(a.answered)),
          satisfiedPercent: pct(num(a.happy), num(a.rated)),
          medianDaysToAcknowledge: round1(a.ack_days),
          medianDaysToAnswer: round1(a.ans_days),
        },
      ]),
    ),
    referralsTotal: league.reduce((s, a) => s + num(a.referrals), 0),
  };
}

/** Compares staff figures with the test's own SQL. */
function expectSame(got: StatsFigures, want: Awaited<ReturnType<typeof expected>>) {
  expect(got.total).toBe(want.total);
  expect(got.byKind).toEqual(want.byKind);
  expect(got.byMonth).toEqual(want.byMonth);
  expect(got.funnel).toEqual(want.funnel);
  for (const [p, c, n] of want.provinceCategory as unknown as [number, number, number][]) {
    const i = got.provinces.findIndex((x) => x.id === p);
    const j = got.categories.findIndex((x) => x.id === c);
    expect(got.provinceCategory[i]![j]).toBe(n);
  }
  expect(got.provinceCategory.flat().reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(want.total);
  for (const p of got.provinces) expect(p.count).toBe(want.provinceTotals.get(p.id) ?? 0);
  for (const c of got.categories) expect(c.count).toBe(want.categoryTotals.get(c.id) ?? 0);
  for (const a of got.agencies) {
    const w = want.agencies.get(a.id);
    if (!w) expect(a.referrals).toBe(0);
    else
      expect({ ...a, id: undefined, slug: undefined, name: undefined, nameEn: undefined }).toEqual({
        ...w,
        id: undefined,
        slug: undefined,
        name: undefined,
        nameEn: undefined,
      });
  }
  expect(got.referralsTotal).toBe(want.referralsTotal);
}

beforeAll(async () => {
  db = await seededDb();
  if ((await db.report.count({ where: { description: 'لبه سال' } })) === 0) {
    await ensureStatsYear(db, { year: YEAR, seed: 7 });
    // On the year's edges: the last minutes of Esfand 29 belong to this year, the first of Farvardin 1 to the next.
    await db.report.createMany({
      data: [
        { kind: 'OPINION', categoryId: 1, provinceId: 9, status: 'PROVINCE_REVIEW', description: 'لبه سال', submittedAt: tehranAt(YEAR, 12, 29, 23, 50) },
        { kind: 'OPINION', categoryId: 1, provinceId: 9, status: 'PROVINCE_REVIEW', description: 'لبه سال', submittedAt: tehranAt(YEAR + 1, 1, 1, 0, 10) },
      ],
    });
  }
}, 120_000);

describe('scoped statistics (issue #16)', () => {
  it("gives the national office the whole country's exact figures, equal to the test's own SQL", async () => {
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const figures = await getStaffFigures({ actor: national, year: YEAR, now: NOW });
    expect(figures.suppressed).toBe(false);
    expect(figures.provinces).toHaveLength(31);
    expect(figures.total).toBeGreaterThan(500);
    expectSame(figures, await expected(null));
    // The edge of the year: Esfand 29 at 23:50 is in the twelfth month of this year, Farvardin 1 at 00:10 is not.
    expect(figures.byMonth[11]).toBeGreaterThan(0);
    const next = await getStaffFigures({ actor: national, year: YEAR + 1, now: NOW });
    expect(next.byMonth[0]).toBeGreaterThanOrEqual(1);
    // The agency portal measures days the same way (daysBetween); its SQL still runs with the shared fragment.
    const busiest = figures.agencies.find((a) => a.medianDaysToAcknowledge !== null)!;
    const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: busiest.id });
    const portal = await agencyFigures({ actor: liaison, now: NOW, fresh: true });
    expect(portal.open).toBeGreaterThanOrEqual(0);
    // Some agency has figures of every kind (the fixture is large enough).
    expect(figures.agencies.some((a) => a.medianDaysToAnswer !== null && a.satisfiedPercent !== null && a.sentBackPercent !== null)).toBe(true);
  });

  it('gives province staff only their own province, equal to the same SQL narrowed to it', async () => {
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 6 });
    const figures = await getStaffFigures({ actor: staff, year: YEAR, now: NOW });
    expect(figures.provinces.map((p) => p.id)).toEqual([6]);
    expectSame(figures, await expected(6));
    const national = await getStaffFigures({ actor: await createActor(db, ['NATIONAL_OFFICE']), year: YEAR, now: NOW });
    expect(figures.total).toBeLessThan(national.total!);
  });

  it('refuses everyone else: no permission is FORBIDDEN, a province role without a province reaches nothing', async () => {
    for (const roles of [['MEMBER'], ['CORE_HEAD'], ['AGENCY_LIAISON'], ['TRAINER'], ['ADMIN']] as const)
      await expect(getStaffFigures({ actor: await createActor(db, [...roles]), year: YEAR })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(() => statsScopeFor(null)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    await expect(getStaffFigures({ actor: await createActor(db, ['PROVINCE_STAFF']), year: YEAR })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Both roles: the wider reach wins.
    expect(statsScopeFor(await createActor(db, ['PROVINCE_STAFF', 'NATIONAL_OFFICE'], { provinceId: 3 }))).toEqual({ kind: 'national' });
  });
});
