import { describe, expect, it } from 'vitest';
import { testActor } from '@/lib/testing/reports';
import { holdersWhere, inScope, REACH, roleReaches, scopeSql, scopeWhere, type ResourceKind } from './scope';
import { ROLES, type Role } from './roles';

const actor = testActor;
const report = { provinceId: 8, coreId: 'core-a', agencyIds: ['agency-x'], ownerId: 'owner' };

describe('scope table', () => {
  it('reaches reports by province, core, agency or ownership, and gives the national office all of them', () => {
    expect(inScope(actor(['PROVINCE_STAFF'], { provinceId: 8 }), 'report', report)).toBe(true);
    expect(inScope(actor(['PROVINCE_STAFF'], { provinceId: 9 }), 'report', report)).toBe(false);
    expect(inScope(actor(['CORE_HEAD'], { coreId: 'core-a' }), 'report', report)).toBe(true);
    expect(inScope(actor(['CORE_HEAD'], { coreId: 'core-b' }), 'report', report)).toBe(false);
    expect(inScope(actor(['AGENCY_LIAISON'], { agencyId: 'agency-x' }), 'report', report)).toBe(true);
    expect(inScope(actor(['AGENCY_LIAISON'], { agencyId: 'agency-y' }), 'report', report)).toBe(false);
    expect(inScope(actor(['MEMBER'], { id: 'owner' }), 'report', report)).toBe(true);
    expect(inScope(actor(['MEMBER']), 'report', report)).toBe(false);
    expect(inScope(actor(['NATIONAL_OFFICE']), 'report', report)).toBe(true);
  });

  it('gives ADMIN and TRAINER no reports, applications or cores', () => {
    for (const kind of ['report', 'application', 'core'] as ResourceKind[]) {
      for (const role of ['ADMIN', 'TRAINER'] as Role[]) {
        expect(REACH[kind][role], `${role} ${kind}`).toBeUndefined();
        expect(inScope(actor([role], { provinceId: 8, coreId: 'core-a' }), kind, report)).toBe(false);
        expect(scopeWhere(actor([role]), kind)).toEqual({ id: { in: [] } });
        expect(scopeSql(actor([role]), kind).sql).toBe('FALSE');
      }
    }
  });

  it('fails closed: no actor, or a scoped role without its place, reaches nothing', () => {
    expect(scopeWhere(null, 'report')).toEqual({ id: { in: [] } });
    expect(scopeWhere(actor(['PROVINCE_STAFF']), 'report')).toEqual({ id: { in: [] } });
    expect(scopeSql(actor(['CORE_HEAD']), 'report').sql).toBe('FALSE');
    expect(roleReaches(actor(['PROVINCE_STAFF']), 'PROVINCE_STAFF', 'report', { provinceId: null })).toBe(false);
    expect(roleReaches(actor(['CORE_HEAD']), 'CORE_HEAD', 'report', { coreId: null })).toBe(false);
  });

  it('builds the Prisma filter from the same table, narrowed to some roles when asked', () => {
    expect(scopeWhere(actor(['NATIONAL_OFFICE']), 'report')).toEqual({});
    expect(scopeWhere(actor(['PROVINCE_STAFF'], { provinceId: 8 }), 'report')).toEqual({ OR: [{ provinceId: 8 }] });
    expect(scopeWhere(actor(['MEMBER', 'CORE_HEAD'], { coreId: 'c' }), 'report')).toEqual({ OR: [{ submitterId: 'u-1' }, { coreId: 'c' }] });
    expect(scopeWhere(actor(['MEMBER', 'CORE_HEAD'], { coreId: 'c' }), 'report', ['CORE_HEAD'])).toEqual({ OR: [{ coreId: 'c' }] });
    expect(scopeWhere(actor(['PROVINCE_STAFF'], { provinceId: 3 }), 'application')).toEqual({ OR: [{ provinceId: 3 }] });
    expect(scopeWhere(actor(['CORE_HEAD'], { coreId: 'c' }), 'core')).toEqual({ OR: [{ id: 'c' }] });
    // Narrowing keeps only roles the actor holds: naming NATIONAL_OFFICE does not grant it.
    expect(scopeWhere(actor(['PROVINCE_STAFF'], { provinceId: 3 }), 'core', ['PROVINCE_STAFF', 'NATIONAL_OFFICE'])).toEqual({ OR: [{ provinceId: 3 }] });
    expect(scopeWhere(actor(['CORE_HEAD'], { coreId: 'c' }), 'core', ['PROVINCE_STAFF', 'NATIONAL_OFFICE'])).toEqual({ id: { in: [] } });
  });

  it('finds the holders of a role who reach an object, the table read the other way', () => {
    expect(holdersWhere('CORE_HEAD', 'report', { provinceId: 8, coreId: null })).toBeNull();
    expect(holdersWhere('CORE_HEAD', 'report', { provinceId: 8, coreId: 'c' })).toMatchObject({ coreId: 'c', roles: { has: 'CORE_HEAD' }, status: 'ACTIVE' });
    expect(holdersWhere('PROVINCE_STAFF', 'report', { provinceId: 8 })).toMatchObject({ provinceId: 8 });
    expect(holdersWhere('NATIONAL_OFFICE', 'report', { provinceId: 8 })).toEqual({ roles: { has: 'NATIONAL_OFFICE' }, status: 'ACTIVE' });
    expect(holdersWhere('ADMIN', 'report', { provinceId: 8 })).toBeNull();
  });

  it('names a reach for every role it mentions, and only known roles', () => {
    for (const rows of Object.values(REACH)) for (const role of Object.keys(rows)) expect(ROLES).toContain(role);
  });
});
