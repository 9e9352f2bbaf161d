// Which roles an administrator gives, and which combinations and scopes make sense (issue #15). Client-safe.
import type { Role } from '@/lib/authz/roles';

/**
 * The roles an administrator grants on /admin/accounts. MEMBER and CORE_HEAD are not among them: a
 * volunteer comes through /join and vetting, a core head is appointed by the province (lib/cores).
 */
export const STAFF_ROLES = ['PROVINCE_STAFF', 'NATIONAL_OFFICE', 'AGENCY_LIAISON', 'TRAINER', 'ADMIN'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaffRole = (role: Role): role is StaffRole => (STAFF_ROLES as readonly Role[]).includes(role);

/** The roles that review reports: an agency's liaison holds none of them (a liaison would judge its own agency's answers). */
const REVIEWING: readonly Role[] = ['CORE_HEAD', 'PROVINCE_STAFF', 'NATIONAL_OFFICE'];
/** Roles whose reach is one province (a trainer's is optional: without one they train nationally). */
const NEEDS_PROVINCE: readonly Role[] = ['PROVINCE_STAFF'];

export type StaffScope = { provinceId: number | null; agencyId: string | null };
/** Field → message keys (`adminAccounts.errors.*`). */
export type ScopeProblems = Partial<Record<'roles' | 'provinceId' | 'agencyId', string[]>>;

/**
 * What is wrong with a set of roles and its scope, per form field; empty when it is coherent:
 * at least one role; a provincial role needs a province; a liaison needs an agency and no reviewing
 * role; an agency is only kept for a liaison. Volunteers' roles (`kept`) stay as they are and count
 * in the checks (a core head cannot also be a liaison). A person in a volunteer role keeps their own
 * province: a staff role cannot move them to another one (`memberProvinceId`).
 */
export function scopeProblems({
  roles,
  scope,
  kept = [],
  memberProvinceId = null,
}: {
  roles: readonly StaffRole[];
  scope: StaffScope;
  kept?: readonly Role[];
  memberProvinceId?: number | null;
}): ScopeProblems {
  const all = [...roles, ...kept];
  const problems: ScopeProblems = {};
  const add = (field: keyof ScopeProblems, key: string) => void (problems[field] ??= []).push(key);
  if (roles.length === 0) add('roles', 'rolesNone');
  if (all.some((r) => NEEDS_PROVINCE.includes(r)) && scope.provinceId === null) add('provinceId', 'provinceNeeded');
  if (all.includes('AGENCY_LIAISON')) {
    if (scope.agencyId === null) add('agencyId', 'agencyNeeded');
    if (all.some((r) => REVIEWING.includes(r))) add('roles', 'liaisonReviews');
  } else if (scope.agencyId !== null) add('agencyId', 'agencyWithoutLiaison');
  if (kept.length > 0 && memberProvinceId !== null && scope.provinceId !== memberProvinceId) add('provinceId', 'memberProvince');
  return problems;
}
