import { describe, expect, it } from 'vitest';
import { seededDb } from '@/lib/testing/db';
import { demoAccounts, seed, seedCounties } from './seed';
import { counties, provinces } from './seed-data';

/** Arabic yeh, alef maksura and kaf: Persian text uses ی and ک. */
const ARABIC_LETTERS = /[\u064A\u0649\u0643]/;
/** A zero-width non-joiner belongs between two letters, never next to a space or at an end. */
const STRAY_ZWNJ = /^\u200c|\u200c$|\s\u200c|\u200c\s|\u200c\u200c/;

describe('db:seed', () => {
  it('creates the 31 provinces named in the product brief with their 1395 census population', async () => {
    const db = await seededDb();
    const rows = await db.province.findMany({ orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(31);
    expect(rows.map((p) => p.name)).toEqual(provinces.map((p) => p.name));
    expect(new Set(rows.map((p) => p.code)).size).toBe(31);
    expect(rows.filter((p) => p.workshopGroup === 3)).toHaveLength(7);
    expect(rows.every((p) => Number.isInteger(p.population) && p.population > 0)).toBe(true);
    // The Statistical Centre of Iran's national total for the 1395 (2016) census.
    expect(rows.reduce((sum, p) => sum + p.population, 0)).toBe(79_926_270);
    expect(rows.find((p) => p.nameEn === 'Tehran')?.population).toBe(13_267_637);
  });

  it("creates every county of the country divisions, each province's capital among them", async () => {
    const db = await seededDb();
    const rows = await db.province.findMany({ orderBy: { id: 'asc' }, include: { counties: true } });
    const total = rows.reduce((sum, p) => sum + p.counties.length, 0);
    expect(rows.every((p) => p.counties.length >= 1)).toBe(true);
    // تقسیمات کشوری ۱۴۰۴: 484 (429 at the 1395 census, 482 in 1402).
    expect(total).toBeGreaterThanOrEqual(470);
    expect(total).toBeLessThanOrEqual(500);
    expect(total).toBe(Object.values(counties).flat().length);
    for (const [index, p] of provinces.entries()) {
      expect(rows[index]!.counties.map((c) => c.name)).toEqual(expect.arrayContaining(counties[p.nameEn].map(([name]) => name)));
      expect(rows[index]!.counties.map((c) => c.name)).toContain(p.capital);
    }
    const tehran = rows.find((p) => p.nameEn === 'Tehran')!.counties;
    expect(tehran.map((c) => c.name)).toEqual(expect.arrayContaining(['تهران', 'ری', 'شمیرانات']));
    expect(tehran.find((c) => c.name === 'شمیرانات')?.nameEn).toBe('Shemiranat');
    expect(rows.find((p) => p.nameEn === 'Lorestan')!.counties.map((c) => c.name)).toContain('خرم\u200cآباد');
  });

  it('writes Persian names in Persian letters, with non-joiners only between letters, and plain English names', async () => {
    const db = await seededDb();
    const names = [...(await db.province.findMany()), ...(await db.county.findMany())];
    expect(names.filter((n) => ARABIC_LETTERS.test(n.name)).map((n) => n.name)).toEqual([]);
    expect(names.filter((n) => STRAY_ZWNJ.test(n.name) || n.name !== n.name.trim() || /\s{2}/.test(n.name)).map((n) => n.name)).toEqual([]);
    expect(names.filter((n) => !/^[A-Z][A-Za-z' -]*[a-z]$/.test(n.nameEn)).map((n) => n.nameEn)).toEqual([]);
  });

  it("puts the demo cores in their province's capital county", async () => {
    const db = await seededDb();
    const narmak = await db.core.findFirstOrThrow({ where: { name: 'هسته محله نارمک' }, include: { county: true } });
    expect(narmak.county).toMatchObject({ provinceId: narmak.provinceId, name: 'تهران' });
  });

  it('creates one demo account per role, scoped where the role needs it', async () => {
    const db = await seededDb();
    const users = await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } } });
    expect(users).toHaveLength(demoAccounts.length);
    const byEmail = new Map(users.map((u) => [u.email, u]));
    const roles = new Set(users.flatMap((u) => u.roles));
    expect(roles).toEqual(new Set(['MEMBER', 'CORE_HEAD', 'PROVINCE_STAFF', 'NATIONAL_OFFICE', 'AGENCY_LIAISON', 'TRAINER', 'ADMIN']));
    expect(byEmail.get('core.head@sajam.test')?.coreId).toBeTruthy();
    expect(byEmail.get('province@sajam.test')?.provinceId).toBeTruthy();
    expect(byEmail.get('agency@sajam.test')?.agencyId).toBeTruthy();
    expect(users.every((u) => u.passwordHash?.startsWith('$argon2id$'))).toBe(true);
  });

  it('is idempotent: running it again adds nothing', async () => {
    const db = await seededDb();
    const count = async () =>
      Promise.all([
        db.province.count(),
        db.county.count(),
        db.category.count(),
        db.topic.count(),
        db.agency.count(),
        db.core.count(),
        db.user.count(),
        db.member.count(),
      ]);
    const before = await count();
    const counties = await db.county.findMany({ orderBy: { id: 'asc' } });
    await seed(db, { demo: true });
    expect(await count()).toEqual(before);
    expect(await db.county.findMany({ orderBy: { id: 'asc' } })).toEqual(counties);
  });

  it('keeps the counties a deployment already has: adds the missing, renames in place, leaves unknown rows alone', async () => {
    const db = await seededDb();
    class Rollback extends Error {}
    let first: { id: number; name: string; nameEn: string }[] = [];
    let second: typeof first = [];
    let before: typeof first = [];
    // In a transaction that is rolled back: a made-up province 99, as a deployment of the first seed had it.
    await expect(
      db.$transaction(async (tx) => {
        await tx.province.create({ data: { id: 99, code: '99', name: 'استان آزمون', nameEn: 'Test', workshopGroup: 1, population: 1 } });
        await tx.county.createMany({
          data: [
            { provinceId: 99, name: 'مرکز', nameEn: 'Old English' },
            { provinceId: 99, name: 'نام قدیم', nameEn: 'Old Name' },
            { provinceId: 99, name: 'شهرستان دیگر', nameEn: 'Other' },
          ],
        });
        const read = () => tx.county.findMany({ where: { provinceId: 99 }, orderBy: { id: 'asc' }, select: { id: true, name: true, nameEn: true } });
        before = await read();
        const list = [
          { provinceId: 99, name: 'مرکز', nameEn: 'Markaz', formerly: [] },
          { provinceId: 99, name: 'نام نو', nameEn: 'New Name', formerly: ['نام قدیم'] },
          { provinceId: 99, name: 'تازه', nameEn: 'Taze', formerly: [] },
        ];
        await seedCounties(tx, list);
        first = await read();
        await seedCounties(tx, list);
        second = await read();
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);

    const id = (name: string) => before.find((c) => c.name === name)!.id;
    expect(first).toEqual([
      { id: id('مرکز'), name: 'مرکز', nameEn: 'Markaz' },
      { id: id('نام قدیم'), name: 'نام نو', nameEn: 'New Name' },
      { id: id('شهرستان دیگر'), name: 'شهرستان دیگر', nameEn: 'Other' },
      { id: expect.any(Number), name: 'تازه', nameEn: 'Taze' },
    ]);
    expect(second).toEqual(first);
    expect(await db.province.count({ where: { id: 99 } })).toBe(0);
  });
});
