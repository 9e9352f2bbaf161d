import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz';
import { listReviewQueue } from '@/lib/reports/list-review-queue';
import { submitReport } from '@/lib/reports/submit-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
import { appointHead } from './appoint-head';
import { assignMember } from './assign-member';
import { coreInputSchema } from './core-input';
import { createCore } from './create-core';
import { getCoreForManager } from './get-core-for-manager';
import { getOwnCore } from './get-own-core';
import { listCores } from './list-cores';
import { listOwnCoreMembers } from './list-own-core-members';

const PROVINCE = 26;

async function approvedMember(db: Awaited<ReturnType<typeof seededDb>>, provinceId = PROVINCE): Promise<{ actor: Actor; memberId: string }> {
  const suffix = uniqueSuffix();
  const user = await db.user.create({
    data: { email: `m-${suffix}@sajam.invalid`, name: `عضو ${suffix}`, roles: ['MEMBER'], passwordHash: 'not-a-login', provinceId },
  });
  const member = await db.member.create({
    data: { userId: user.id, firstName: 'عضو', lastName: suffix, provinceId, status: 'APPROVED', membershipCode: `T-${suffix}` },
  });
  return { actor: { id: user.id, name: user.name, roles: ['MEMBER'], provinceId, coreId: null, agencyId: null }, memberId: member.id };
}

describe('cores', () => {
  it('are created in the province, staffed, headed, and the head sees members and their reports', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: PROVINCE });
    const other = await createActor(db, ['PROVINCE_STAFF'], { provinceId: PROVINCE + 1 });
    const county = await db.county.findFirstOrThrow({ where: { provinceId: PROVINCE } });
    const foreignCounty = await db.county.findFirstOrThrow({ where: { provinceId: PROVINCE + 1 } });
    const name = `هسته آزمون ${uniqueSuffix()}`;

    await expect(
      createCore({ actor: staff, input: coreInputSchema.parse({ name, countyId: String(foreignCounty.id), capacity: '10' }) }),
    ).rejects.toMatchObject({
      fieldErrors: { countyId: ['county'] },
    });
    const core = await createCore({ actor: staff, input: coreInputSchema.parse({ name, countyId: String(county.id), area: 'محله آزمون', capacity: '3' }) });
    await expect(createCore({ actor: staff, input: coreInputSchema.parse({ name, countyId: String(county.id), capacity: '10' }) })).rejects.toMatchObject({
      fieldErrors: { name: ['nameTaken'] },
    });
    expect((await listCores({ actor: staff, filters: { q: name.slice(-6) } })).map((c) => c.id)).toEqual([core.id]);
    await expect(getCoreForManager({ actor: other, coreId: core.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const a = await approvedMember(db);
    const b = await approvedMember(db);
    const c = await approvedMember(db);
    const d = await approvedMember(db);
    expect((await getCoreForManager({ actor: staff, coreId: core.id })).unassigned.map((m) => m.id)).toEqual(expect.arrayContaining([a.memberId, b.memberId]));
    for (const m of [a, b, c]) await assignMember({ actor: staff, coreId: core.id, memberId: m.memberId });
    await expect(assignMember({ actor: staff, coreId: core.id, memberId: d.memberId })).rejects.toMatchObject({ fieldErrors: { memberId: ['coreFull'] } });
    const outsider = await approvedMember(db, PROVINCE + 1);
    await expect(assignMember({ actor: staff, coreId: core.id, memberId: outsider.memberId })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await appointHead({ actor: staff, coreId: core.id, memberId: a.memberId });
    await appointHead({ actor: staff, coreId: core.id, memberId: b.memberId });
    const [userA, userB] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { id: a.actor.id } }),
      db.user.findUniqueOrThrow({ where: { id: b.actor.id } }),
    ]);
    expect(userA.roles).toEqual(['MEMBER']);
    expect(userB.roles).toEqual(['MEMBER', 'CORE_HEAD']);
    const view = await getCoreForManager({ actor: staff, coreId: core.id });
    expect(view.members.filter((m) => m.head).map((m) => m.id)).toEqual([b.memberId]);
    expect((await listCores({ actor: staff, filters: { q: name.slice(-6) } }))[0]).toMatchObject({ members: 3, head: userB.name });

    const head: Actor = { id: userB.id, name: userB.name, roles: userB.roles, provinceId: userB.provinceId, coreId: userB.coreId, agencyId: null };
    expect((await listOwnCoreMembers({ actor: head })).map((m) => m.id).sort()).toEqual([a.memberId, b.memberId, c.memberId].sort());
    expect(await getOwnCore({ actor: { ...c.actor, coreId: core.id } })).toMatchObject({ name, head: userB.name });

    // A member of the core reports into the core head's queue.
    const { reportId } = await submitReport({ actor: c.actor, input: reportInput(), files: [], rateKey: `core-${uniqueSuffix()}` });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).coreId).toBe(core.id);
    expect((await listReviewQueue({ actor: head })).items.map((r) => r.id)).toContain(reportId);

    // A head cannot be moved away before someone else heads the core.
    const second = await createCore({ actor: staff, input: coreInputSchema.parse({ name: `${name} ۲`, countyId: String(county.id), capacity: '5' }) });
    await expect(assignMember({ actor: staff, coreId: second.id, memberId: b.memberId })).rejects.toMatchObject({ fieldErrors: { memberId: ['isHead'] } });
    await assignMember({ actor: staff, coreId: second.id, memberId: c.memberId });
    expect(await db.auditEvent.count({ where: { objectId: c.memberId, action: { in: ['core.assign_member', 'core.move_member'] } } })).toBe(2);
  });
});
