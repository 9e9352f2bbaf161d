// The scope table's three derived forms — Prisma filter, SQL fragment, in-memory check — give the same
// answer for every role (ADMIN and NATIONAL_OFFICE included), on every kind of resource, in the database.
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/client';
import { submitReport } from '@/lib/reports/submit-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, reportInput } from '@/lib/testing/reports';
import { inScope, scopeSql, scopeWhere, type Placement, type ResourceKind } from './scope';
import type { Actor } from './roles';

const [A, B] = [25, 26];

describe('scope forms agree', () => {
  let db: Db;
  let cast: Record<string, Actor>;
  const ids: Record<ResourceKind, string[]> = { report: [], application: [], core: [] };
  const placements = new Map<string, Placement>();

  beforeAll(async () => {
    db = await seededDb();
    const [coreA, coreB] = [await createCore(db, A), await createCore(db, B)];
    const [agencyX, agencyY] = await db.agency.findMany({ take: 2, orderBy: { slug: 'asc' } });
    const member = await createActor(db, ['MEMBER'], { coreId: coreA.id, provinceId: A });
    const rateKey = `scope-${uniqueSuffix()}`;
    const reports = [
      await submitReport({ actor: member, input: reportInput(), files: [], rateKey }),
      await submitReport({ actor: null, input: reportInput({ provinceId: String(A) }), files: [], rateKey }),
      await submitReport({ actor: null, input: reportInput({ provinceId: String(B) }), files: [], rateKey }),
    ];
    await db.referral.create({ data: { reportId: reports[2]!.reportId, agencyId: agencyX!.id } });
    for (const r of await db.report.findMany({ where: { id: { in: reports.map((x) => x.reportId) } }, include: { referrals: true } })) {
      ids.report.push(r.id);
      placements.set(r.id, { provinceId: r.provinceId, coreId: r.coreId, agencyIds: r.referrals.map((f) => f.agencyId), ownerId: r.submitterId });
    }
    for (const core of [coreA, coreB]) {
      ids.core.push(core.id);
      placements.set(core.id, { provinceId: core.provinceId, coreId: core.id });
    }
    const applicant = await createActor(db, []);
    for (const [userId, provinceId] of [
      [applicant.id, A],
      [(await createActor(db, [])).id, B],
    ] as const) {
      const m = await db.member.create({ data: { userId, firstName: 'آزمون', lastName: uniqueSuffix(), provinceId, status: 'SUBMITTED' } });
      ids.application.push(m.id);
      placements.set(m.id, { provinceId, ownerId: userId });
    }
    cast = {
      admin: await createActor(db, ['ADMIN']),
      national: await createActor(db, ['NATIONAL_OFFICE']),
      'province A': await createActor(db, ['PROVINCE_STAFF'], { provinceId: A }),
      'province without a province': await createActor(db, ['PROVINCE_STAFF']),
      'core head A (also a member)': await createActor(db, ['CORE_HEAD', 'MEMBER'], { coreId: coreA.id, provinceId: A }),
      'liaison X': await createActor(db, ['AGENCY_LIAISON'], { agencyId: agencyX!.id }),
      'liaison Y': await createActor(db, ['AGENCY_LIAISON'], { agencyId: agencyY!.id }),
      'the member who reported': member,
      applicant,
      trainer: await createActor(db, ['TRAINER'], { provinceId: A }),
      'nobody (no role)': await createActor(db, []),
    };
  });

  const table: Record<ResourceKind, string> = { report: 'Report', application: 'Member', core: 'Core' };

  async function viaOrm(actor: Actor, kind: ResourceKind): Promise<string[]> {
    const mine = { id: { in: ids[kind] } };
    const rows =
      kind === 'report'
        ? await db.report.findMany({ where: { AND: [scopeWhere(actor, 'report'), mine] }, select: { id: true } })
        : kind === 'application'
          ? await db.member.findMany({ where: { AND: [scopeWhere(actor, 'application'), mine] }, select: { id: true } })
          : await db.core.findMany({ where: { AND: [scopeWhere(actor, 'core'), mine] }, select: { id: true } });
    return rows.map((r) => r.id).sort();
  }

  async function viaSql(actor: Actor, kind: ResourceKind): Promise<string[]> {
    const rows = await db.$queryRaw<
      { id: string }[]
    >`SELECT r."id"::text AS id FROM ${Prisma.raw(`"${table[kind]}"`)} r WHERE ${scopeSql(actor, kind)} AND r."id" IN (${Prisma.join(ids[kind].map((id) => Prisma.sql`${id}::uuid`))})`;
    return rows.map((r) => r.id).sort();
  }

  const viaMemory = (actor: Actor, kind: ResourceKind) => ids[kind].filter((id) => inScope(actor, kind, placements.get(id)!)).sort();

  for (const kind of ['report', 'application', 'core'] as ResourceKind[]) {
    it(`on ${kind}s, for every role`, async () => {
      for (const [name, actor] of Object.entries(cast)) {
        const memory = viaMemory(actor, kind);
        expect(await viaOrm(actor, kind), `${name}: Prisma`).toEqual(memory);
        expect(await viaSql(actor, kind), `${name}: SQL`).toEqual(memory);
      }
      // What each sees, so the agreement is not the agreement of three empty answers.
      expect(viaMemory(cast.national!, kind)).toHaveLength(ids[kind].length);
      expect(viaMemory(cast.admin!, kind)).toEqual([]);
    });
  }

  it('gives each role the reports it should see', () => {
    const count = (name: string) => viaMemory(cast[name]!, 'report').length;
    expect(count('province A')).toBe(2);
    expect(count('core head A (also a member)')).toBe(1);
    expect(count('liaison X')).toBe(1);
    expect(count('liaison Y')).toBe(0);
    expect(count('the member who reported')).toBe(1);
    expect(count('trainer')).toBe(0);
    // An applicant has no role yet: their own application is read by account (getOwnApplication), not through a scope.
    expect(viaMemory(cast.applicant!, 'application')).toEqual([]);
  });
});
