import { describe, expect, it } from 'vitest';
import { can } from './can';
import { reportScope } from './report-scope';
import { ROLES, dashboardsOf, landingPath, type Actor, type Dashboard, type Role } from './roles';

const actor = (roles: Role[], scope: Partial<Actor> = {}): Actor => ({
  id: 'u-1',
  name: 'test',
  roles,
  provinceId: null,
  coreId: null,
  agencyId: null,
  ...scope,
});

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

describe('scope', () => {
  const report = { provinceId: 8, coreId: 'core-a', agencyIds: ['agency-x'], ownerId: 'owner' };

  it('lets provincial staff act only in their province', () => {
    expect(can(actor(['PROVINCE_STAFF'], { provinceId: 8 }), 'report:review', report)).toBe(true);
    expect(can(actor(['PROVINCE_STAFF'], { provinceId: 9 }), 'report:review', report)).toBe(false);
  });

  it('lets a core head act only in their core', () => {
    expect(can(actor(['CORE_HEAD'], { coreId: 'core-a' }), 'report:review', report)).toBe(true);
    expect(can(actor(['CORE_HEAD'], { coreId: 'core-b' }), 'report:review', report)).toBe(false);
  });

  it('lets an agency liaison see only reports referred to their agency', () => {
    expect(can(actor(['AGENCY_LIAISON'], { agencyId: 'agency-x' }), 'report:view', report)).toBe(true);
    expect(can(actor(['AGENCY_LIAISON'], { agencyId: 'agency-y' }), 'report:view', report)).toBe(false);
    expect(can(actor(['AGENCY_LIAISON'], { agencyId: 'agency-x' }), 'report:review', report)).toBe(false);
  });

  it('lets a member see only their own report', () => {
    expect(can(actor(['MEMBER'], { id: 'owner' }), 'report:view', report)).toBe(true);
    expect(can(actor(['MEMBER']), 'report:view', report)).toBe(false);
  });

  it('fails closed when a scoped role has no scope', () => {
    expect(can(actor(['PROVINCE_STAFF']), 'report:review', { provinceId: null })).toBe(false);
    expect(can(actor(['CORE_HEAD']), 'report:review', { coreId: null })).toBe(false);
  });

  it('gives the national office every province', () => {
    expect(can(actor(['NATIONAL_OFFICE']), 'report:refer', report)).toBe(true);
    expect(can(actor(['PROVINCE_STAFF'], { provinceId: 8 }), 'report:refer', report)).toBe(false);
  });

  it('builds the matching database filter', () => {
    expect(reportScope(actor(['NATIONAL_OFFICE']))).toEqual({});
    expect(reportScope(actor(['PROVINCE_STAFF'], { provinceId: 8 }))).toEqual({ OR: [{ provinceId: 8 }] });
    expect(reportScope(actor(['PROVINCE_STAFF']))).toEqual({ id: { in: [] } });
    expect(reportScope(null)).toEqual({ id: { in: [] } });
    expect(reportScope(actor(['MEMBER', 'CORE_HEAD'], { coreId: 'c' }))).toEqual({ OR: [{ coreId: 'c' }, { submitterId: 'u-1' }] });
  });
});
