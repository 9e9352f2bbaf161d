// Roles and the person acting. Client-safe: no server imports, so navigation can read it too.
export const ROLES = ['MEMBER', 'CORE_HEAD', 'PROVINCE_STAFF', 'NATIONAL_OFFICE', 'AGENCY_LIAISON', 'TRAINER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting and where their roles apply. Always loaded fresh from the database, never trusted from the token alone. */
export type Actor = {
  id: string;
  name: string;
  roles: readonly Role[];
  provinceId: number | null;
  coreId: string | null;
  agencyId: string | null;
};

export type Dashboard = 'member' | 'core' | 'province' | 'national' | 'agency' | 'training' | 'admin';

/** Each role's own dashboard, in the order a person with several roles lands on them. */
export const dashboardOfRole: readonly (readonly [Role, Dashboard])[] = [
  ['NATIONAL_OFFICE', 'national'],
  ['ADMIN', 'admin'],
  ['PROVINCE_STAFF', 'province'],
  ['CORE_HEAD', 'core'],
  ['AGENCY_LIAISON', 'agency'],
  ['TRAINER', 'training'],
  ['MEMBER', 'member'],
];

export function dashboardsOf(roles: readonly Role[]): Dashboard[] {
  return dashboardOfRole.filter(([role]) => roles.includes(role)).map(([, dashboard]) => dashboard);
}

/** A person with no role yet is an applicant: they land on their application. */
export function landingPath(roles: readonly Role[]): string {
  const first = dashboardsOf(roles)[0];
  return first ? `/${first}` : '/application';
}
