import { describe, expect, it } from 'vitest';
import { testActor } from '@/lib/testing/reports';
import { can } from './can';
import { ROLES, dashboardsOf, landingPath, type Dashboard, type Role } from './roles';

const actor = testActor;

const dashboardOwner: Record<Dashboard, Role> = {
  member: 'MEMBER',
  core: 'CORE_HEAD',
  province: 'PROVINCE_STAFF',
  national: 'NATIONAL_OFFICE',
  agency: 'AGENCY_LIAISON',
  training: 'TRAINER',
  admin: 'ADMIN',
};

describe('dashboards', () => {
  for (const [dashboard, owner] of Object.entries(dashboardOwner) as [Dashboard, Role][]) {
    for (const role of ROLES) {
      it(`${role} ${role === owner ? 'opens' : 'is refused'} the ${dashboard} dashboard`, () => {
        expect(can(actor([role]), `dashboard:${dashboard}`)).toBe(role === owner);
      });
    }
  }

  it('shows the overdue agencies to the national office only', () => {
    for (const role of ROLES) expect(can(actor([role]), 'agencies:overdue')).toBe(role === 'NATIONAL_OFFICE');
    expect(can(null, 'agencies:overdue')).toBe(false);
  });

  it('refuses everything to nobody', () => {
    expect(can(null, 'dashboard:member')).toBe(false);
  });

  it('lands each role on its own dashboard, the most senior first', () => {
    expect(landingPath(['MEMBER'])).toBe('/member');
    expect(landingPath(['MEMBER', 'CORE_HEAD'])).toBe('/core');
    expect(landingPath([])).toBe('/application');
    expect(dashboardsOf(['TRAINER', 'MEMBER'])).toEqual(['training', 'member']);
  });
});

describe('permissions with a place', () => {
  it('lets provincial staff vet and manage only in their province, the national office everywhere', () => {
    expect(can(actor(['PROVINCE_STAFF'], { provinceId: 8 }), 'member:vet', { provinceId: 8 })).toBe(true);
    expect(can(actor(['PROVINCE_STAFF'], { provinceId: 9 }), 'member:vet', { provinceId: 8 })).toBe(false);
    expect(can(actor(['PROVINCE_STAFF'], { provinceId: 9 }), 'core:manage', { provinceId: 8 })).toBe(false);
    expect(can(actor(['NATIONAL_OFFICE']), 'core:manage', { provinceId: 8 })).toBe(true);
  });

  it('checks the place with the same role that holds the permission', () => {
    // A core head of core-a who is also a member: neither role may manage cores, wherever.
    expect(can(actor(['CORE_HEAD', 'MEMBER'], { coreId: 'core-a', provinceId: 8 }), 'core:manage', { provinceId: 8 })).toBe(false);
  });

  it('fails closed when a scoped role has no scope', () => {
    expect(can(actor(['PROVINCE_STAFF']), 'member:vet', { provinceId: null })).toBe(false);
    expect(can(actor(['PROVINCE_STAFF']), 'member:vet', { provinceId: 8 })).toBe(false);
  });

  it('gives ADMIN no reports and no applications', () => {
    expect(can(actor(['ADMIN']), 'member:vet')).toBe(false);
    expect(can(actor(['ADMIN']), 'core:manage')).toBe(false);
  });
});
