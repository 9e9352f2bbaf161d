import { describe, expect, it } from 'vitest';
import { seededDb } from '@/lib/testing/db';
import { demoAccounts, seed } from './seed';
import { provinces } from './seed-data';

describe('db:seed', () => {
  it('creates the 31 provinces named in the product brief, each with a capital county', async () => {
    const db = await seededDb();
    const rows = await db.province.findMany({ orderBy: { id: 'asc' }, include: { counties: true } });
    expect(rows).toHaveLength(31);
    expect(rows.map((p) => p.name)).toEqual(provinces.map((p) => p.name));
    expect(new Set(rows.map((p) => p.code)).size).toBe(31);
    expect(rows.every((p) => p.counties.length >= 1)).toBe(true);
    expect(rows.filter((p) => p.workshopGroup === 3)).toHaveLength(7);
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
    expect(users.every((u) => u.passwordHash.startsWith('$argon2id$'))).toBe(true);
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
    await seed(db, { demo: true });
    expect(await count()).toEqual(before);
  });
});
