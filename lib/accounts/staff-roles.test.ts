import { describe, expect, it } from 'vitest';
import { accountInput } from './account-input';
import { scopeProblems } from './staff-roles';

const national = { provinceId: null, agencyId: null };

describe('staff roles and their scope', () => {
  it('accepts coherent accounts', () => {
    expect(scopeProblems({ roles: ['PROVINCE_STAFF'], scope: { provinceId: 23, agencyId: null } })).toEqual({});
    expect(scopeProblems({ roles: ['NATIONAL_OFFICE', 'ADMIN'], scope: national })).toEqual({});
    expect(scopeProblems({ roles: ['TRAINER'], scope: national })).toEqual({});
    expect(scopeProblems({ roles: ['AGENCY_LIAISON', 'TRAINER'], scope: { provinceId: null, agencyId: 'a' } })).toEqual({});
  });

  it('names the field of each problem', () => {
    expect(scopeProblems({ roles: [], scope: national })).toEqual({ roles: ['rolesNone'] });
    expect(scopeProblems({ roles: ['PROVINCE_STAFF'], scope: national })).toEqual({ provinceId: ['provinceNeeded'] });
    expect(scopeProblems({ roles: ['AGENCY_LIAISON'], scope: national })).toEqual({ agencyId: ['agencyNeeded'] });
    expect(scopeProblems({ roles: ['AGENCY_LIAISON', 'NATIONAL_OFFICE'], scope: { provinceId: null, agencyId: 'a' } })).toEqual({ roles: ['liaisonReviews'] });
    expect(scopeProblems({ roles: ['NATIONAL_OFFICE'], scope: { provinceId: null, agencyId: 'a' } })).toEqual({ agencyId: ['agencyWithoutLiaison'] });
  });

  it("counts a volunteer's kept roles and keeps them in their province", () => {
    // A core head cannot become an agency's liaison; a member given a staff role stays in their province.
    expect(
      scopeProblems({ roles: ['AGENCY_LIAISON'], kept: ['MEMBER', 'CORE_HEAD'], memberProvinceId: 8, scope: { provinceId: 8, agencyId: 'a' } }).roles,
    ).toEqual(['liaisonReviews']);
    expect(scopeProblems({ roles: ['TRAINER'], kept: ['MEMBER'], memberProvinceId: 8, scope: { provinceId: 9, agencyId: null } })).toEqual({
      provinceId: ['memberProvince'],
    });
    expect(scopeProblems({ roles: ['TRAINER'], kept: ['MEMBER'], memberProvinceId: 8, scope: { provinceId: 8, agencyId: null } })).toEqual({});
  });

  it('parses the form: mobiles however typed, a mobile or an e-mail required, only staff roles', () => {
    const ok = accountInput.safeParse({ name: ' سارا  احمدی ', mobile: '۰۹۱۲ ۱۲۳ ۴۵۶۷', roles: ['PROVINCE_STAFF'], provinceId: '23' });
    expect(ok.success && ok.data).toMatchObject({ name: 'سارا  احمدی', mobile: '09121234567', provinceId: 23, locale: 'fa' });
    const none = accountInput.safeParse({ name: 'سارا احمدی', mobile: '', email: '', roles: [] });
    expect(none.success).toBe(false);
    expect(none.error!.issues.map((i) => i.message)).toContain('contactNeeded');
    expect(accountInput.safeParse({ name: 'سارا', email: 's@x.ir', roles: ['MEMBER'] }).success).toBe(false);
    expect(accountInput.safeParse({ name: 'سارا', email: 's@x.ir', roles: ['CORE_HEAD'] }).success).toBe(false);
    // An id is digits: «1e1» is not province 10 (break-it, issue #15).
    for (const provinceId of ['1e1', '0x0a', ' 10', '10.0', '-1', '32'])
      expect(accountInput.safeParse({ name: 'سارا', email: 's@x.ir', roles: ['TRAINER'], provinceId }).success, provinceId).toBe(false);
    expect(accountInput.safeParse({ name: 'سارا', email: 's@x.ir', roles: ['TRAINER'], provinceId: '10' }).success).toBe(true);
  });
});
