// The large seed's shortcut for the PublicOutcome rows (scripts/seed-large/public-outcomes.ts) against a
// real database: the projection rules of issue #16 on a handful of reports written here.
import { toGregorian } from 'jalaali-js';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import type { ReportStatus } from '@/lib/generated/prisma/enums';
import { seededDb } from '@/lib/testing/db';
import { fillPublicOutcomes, jalaliMonthStarts } from './seed-large/public-outcomes';

/** An instant given as a Tehran wall-clock time on a Jalali day (Iran has kept +03:30 all year since 2022). */
function tehran(jy: number, jm: number, jd: number, hh: number, mm: number): Date {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, hh, mm) - 210 * 60_000);
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function report(
  db: Db,
  at: { provinceId: number; countyId: number },
  r: { status: ReportStatus; submittedAt: Date; publishedAt?: Date; summary?: string | null; answer?: string },
) {
  const category = await db.category.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } });
  return db.report.create({
    data: {
      kind: 'REPORT',
      categoryId: category.id,
      provinceId: at.provinceId,
      countyId: at.countyId,
      status: r.status,
      description: 'شرح کامل گزارش که هرگز منتشر نمی‌شود.',
      resolution: 'RESOLVED',
      submittedAt: r.submittedAt,
      closedAt: r.publishedAt ? new Date(r.publishedAt.getTime() - 86_400_000) : null,
      publishedAt: r.status === 'PUBLISHED' ? (r.publishedAt ?? null) : null,
      publicOutcome: r.summary === undefined ? 'شهروندی گزارش داد که لوله آب محله ماه‌هاست خراب مانده. مشکل برطرف شد.' : r.summary,
      publicAnswer: r.answer ?? 'دستگاه اعلام کرد واحد صنفی متخلف پلمب شد.',
    },
  });
}

describe('the large seed: PublicOutcome rows by one INSERT … SELECT', () => {
  it('has a Jalali calendar of month starts that agrees with jalaali-js', () => {
    const m = jalaliMonthStarts(1404, 1405);
    expect(m.first[0]).toBe('2025-03-21');
    expect(m.first[12]).toBe('2026-03-21');
    expect(m.jy.length).toBe(24);
  });

  it('projects published reports with a summary: county above the threshold, Jalali month in Tehran, Tehran days, agencies not withdrawn', async () => {
    const db = await seededDb();
    // The least populous province's counties: no other test publishes there.
    const province = await db.province.findFirstOrThrow({ orderBy: { population: 'asc' }, include: { counties: { orderBy: { id: 'asc' }, take: 2 } } });
    const [busy, quiet] = province.counties;
    const inBusy = { provinceId: province.id, countyId: busy!.id };
    const inQuiet = { provinceId: province.id, countyId: quiet!.id };
    const [police, health, inspection] = await db.agency.findMany({ where: { provinceId: null }, orderBy: { slug: 'asc' }, take: 3 });

    // Submitted 00:10 on 1 Farvardin 1405 in Tehran: still 20 March in UTC, already the new Jalali year.
    const nowruz = await report(db, inBusy, { status: 'PUBLISHED', submittedAt: tehran(1405, 1, 1, 0, 10), publishedAt: tehran(1405, 2, 11, 0, 20) });
    const second = await report(db, inBusy, { status: 'PUBLISHED', submittedAt: tehran(1404, 12, 29, 23, 50), publishedAt: tehran(1405, 2, 11, 9, 0) });
    const third = await report(db, inBusy, { status: 'PUBLISHED', submittedAt: tehran(1405, 1, 15, 12, 0), publishedAt: tehran(1405, 2, 12, 9, 0) });
    const lonely = await report(db, inQuiet, { status: 'PUBLISHED', submittedAt: tehran(1405, 1, 20, 12, 0), publishedAt: tehran(1405, 2, 13, 9, 0) });
    const closed = await report(db, inBusy, { status: 'CLOSED', submittedAt: tehran(1405, 1, 2, 12, 0) });
    const noSummary = await report(db, inBusy, {
      status: 'PUBLISHED',
      submittedAt: tehran(1405, 1, 3, 12, 0),
      publishedAt: tehran(1405, 2, 14, 9, 0),
      summary: null,
    });

    // Referred 00:30 Tehran on 2 Farvardin (still 1 Farvardin in UTC); a second agency later; a third withdrawn.
    await db.referral.create({
      data: {
        reportId: nowruz.id,
        agencyId: police!.id,
        status: 'ACCEPTED',
        referredAt: tehran(1405, 1, 2, 0, 30),
        acknowledgedAt: tehran(1405, 1, 4, 10, 0),
        respondedAt: tehran(1405, 1, 20, 10, 0),
        acceptedAt: tehran(1405, 1, 30, 1, 0),
      },
    });
    await db.referral.create({
      data: {
        reportId: nowruz.id,
        agencyId: health!.id,
        status: 'ACCEPTED',
        referredAt: tehran(1405, 1, 3, 9, 0),
        acknowledgedAt: tehran(1405, 1, 3, 10, 0),
        respondedAt: tehran(1405, 1, 28, 10, 0),
        acceptedAt: tehran(1405, 1, 29, 10, 0),
      },
    });
    await db.referral.create({
      data: {
        reportId: nowruz.id,
        agencyId: inspection!.id,
        status: 'WITHDRAWN',
        referredAt: tehran(1405, 1, 1, 12, 0),
        withdrawnAt: tehran(1405, 1, 1, 13, 0),
      },
    });
    await db.reportRating.create({ data: { reportId: nowruz.id, satisfied: false } });

    const first = await fillPublicOutcomes({ db, countyThreshold: 3 });
    expect(first.upserted).toBeGreaterThanOrEqual(4);
    const rows = await db.publicOutcome.findMany({
      where: { reportId: { in: [nowruz.id, second.id, third.id, lonely.id, closed.id, noSummary.id] } },
      orderBy: { seq: 'asc' },
    });
    expect(rows.map((r) => r.reportId)).toEqual([nowruz.id, second.id, third.id, lonely.id]);

    const n = rows[0]!;
    expect(n).toMatchObject({
      year: 1405,
      month: 1,
      countyId: busy!.id,
      satisfied: false,
      resolution: 'RESOLVED',
      agencyIds: [police!.id, health!.id],
      referredOn: day('2026-03-22'),
      acknowledgedOn: day('2026-03-23'),
      answeredOn: day('2026-04-17'),
      acceptedOn: day('2026-04-19'),
      publishedOn: day('2026-05-01'),
      answerSummary: 'دستگاه اعلام کرد واحد صنفی متخلف پلمب شد.',
    });
    expect(rows[1]).toMatchObject({ year: 1404, month: 12, countyId: busy!.id, agencyIds: [], referredOn: null, satisfied: null });
    // One published outcome in its county: below the threshold, so no county.
    expect(rows[3]).toMatchObject({ countyId: null, provinceId: province.id });

    const [found] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "PublicOutcome" WHERE "reportId" = ${nowruz.id}::uuid AND "searchVector" @@ sajam_search_query('پلمب')`;
    expect(Number(found!.n)).toBe(1);

    // Again: the same rows, the same order; unpublishing removes one at the next run.
    await db.report.update({ where: { id: third.id }, data: { status: 'CLOSED', publishedAt: null } });
    const again = await fillPublicOutcomes({ db, countyThreshold: 3 });
    expect(again.removed).toBeGreaterThanOrEqual(1);
    const after = await db.publicOutcome.findMany({ where: { reportId: { in: rows.map((r) => r.reportId) } }, orderBy: { seq: 'asc' } });
    expect(after.map((r) => [r.reportId, r.seq])).toEqual(rows.filter((r) => r.reportId !== third.id).map((r) => [r.reportId, r.seq]));
    // Two left in the busy county now: below 3, so the county goes too.
    expect(after.every((r) => r.countyId === null)).toBe(true);
    // Nothing changed since: no row is rewritten.
    expect(await fillPublicOutcomes({ db, countyThreshold: 3 })).toEqual({ upserted: 0, removed: 0 });
  });
});
