// Builders for report tests: a valid form and a member with a core.
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/authz';
import type { Db } from '@/lib/db/client';
import { reportInputSchema, type ReportInput } from '@/lib/reports/report-input';
import { uniqueSuffix } from './db';

export function reportInput(overrides: Record<string, unknown> = {}): ReportInput {
  return reportInputSchema.parse({
    kind: 'REPORT',
    categoryId: '1',
    provinceId: '4',
    description: 'چراغ‌های کوچه سه ماه است خاموش مانده و شب‌ها محله ناامن شده است.',
    submissionToken: randomUUID(),
    ...overrides,
  });
}

/** A user with the given roles and scope; a MEMBER gets an approved profile in the given core. */
export async function createActor(db: Db, roles: Actor['roles'], scope: { provinceId?: number; coreId?: string; agencyId?: string } = {}): Promise<Actor> {
  const suffix = uniqueSuffix();
  const user = await db.user.create({
    data: {
      email: `t-${suffix}@sajam.test`,
      name: `آزمون ${suffix}`,
      roles: [...roles],
      passwordHash: await hashPassword('x'),
      provinceId: scope.provinceId ?? null,
      coreId: scope.coreId ?? null,
      agencyId: scope.agencyId ?? null,
    },
  });
  if (roles.includes('MEMBER') && scope.coreId) {
    const core = await db.core.findUniqueOrThrow({ where: { id: scope.coreId } });
    await db.member.create({
      data: {
        userId: user.id,
        firstName: 'آزمون',
        lastName: suffix,
        provinceId: core.provinceId,
        coreId: core.id,
        status: 'APPROVED',
        membershipCode: `T-${suffix}`,
      },
    });
  }
  return { id: user.id, name: user.name, roles: user.roles, provinceId: user.provinceId, coreId: user.coreId, agencyId: user.agencyId };
}

export async function createCore(db: Db, provinceId: number) {
  return db.core.create({ data: { name: `هسته آزمون ${uniqueSuffix()}`, provinceId } });
}

/** Asserts which projection a report page is, and narrows its type for the rest of the test. */
export function expectViewer<P extends { viewer: string }, V extends P['viewer']>(page: P, viewer: V): Extract<P, { viewer: V }> {
  if (page.viewer !== viewer) throw new Error(`expected the ${viewer} projection, got ${page.viewer}`);
  return page as Extract<P, { viewer: V }>;
}

/** An actor for pure authorization tests (no database): id `u-1`, the given roles and scope. */
export function testActor(roles: Actor['roles'], scope: Partial<Actor> = {}): Actor {
  return { id: 'u-1', name: 'test', roles, provinceId: null, coreId: null, agencyId: null, ...scope };
}
