// Who may do what: the permission table every page, action and route asks (through `can` or
// `requirePermission`); where they may do it comes from the scope table (scope.ts). The report
// workflow's moves have their own table (lib/workflow/transitions.ts: each move names its role), so
// they are not repeated here. A feature adds its key when it is built, and the table holds nothing else.
// The proxy only redirects the logged-out and never decides access.
import type { Actor, Role } from './roles';
import { roleReaches, type Placement, type ResourceKind } from './scope';

type Permission = { roles: readonly Role[]; resource?: ResourceKind };

const permissions = {
  'dashboard:member': { roles: ['MEMBER'] },
  'dashboard:core': { roles: ['CORE_HEAD'] },
  'dashboard:province': { roles: ['PROVINCE_STAFF'] },
  'dashboard:national': { roles: ['NATIONAL_OFFICE'] },
  'dashboard:agency': { roles: ['AGENCY_LIAISON'] },
  'dashboard:training': { roles: ['TRAINER'] },
  'dashboard:admin': { roles: ['ADMIN'] },
  /** The audit log viewer and its chain check (issue #15): the whole log, every actor, read-only. */
  'audit:read': { roles: ['ADMIN', 'NATIONAL_OFFICE'] },
  'report:submit-as-member': { roles: ['MEMBER'] },
  'member:vet': { roles: ['PROVINCE_STAFF', 'NATIONAL_OFFICE'], resource: 'application' },
  'core:manage': { roles: ['PROVINCE_STAFF', 'NATIONAL_OFFICE'], resource: 'core' },
  // Priority topics (issue #15): the national office announces national ones and edits any; a province's
  // staff announce and edit their own province's only (lib/topics/topic-scope.ts; others are NOT_FOUND).
  'topic:manage': { roles: ['NATIONAL_OFFICE', 'PROVINCE_STAFF'] },
  // Agencies' Open311 keys (lib/agencies/api-keys): created, listed and revoked by the system administrator.
  'apiKey:manage': { roles: ['ADMIN'] },
  // The values changed without a deploy (lib/settings): deadlines, limits, the training gate.
  'settings:manage': { roles: ['ADMIN'] },
  // Agencies as reference data (what each handles, its deadlines, active): the system administrator.
  'agency:manage': { roles: ['ADMIN'] },
  // Reference data (issue #15): categories (names, order, active) and the spelling of provinces and counties.
  'referenceData:manage': { roles: ['ADMIN'] },
  /** The "overdue agencies" queue (issue #14): which agencies are late, across the country. */
  'agencies:overdue': { roles: ['NATIONAL_OFFICE'] },
  /** Exact, live statistics of the reports in the actor's reach (issue #16): the country, or their province (lib/stats). */
  'stats:read': { roles: ['NATIONAL_OFFICE', 'PROVINCE_STAFF'], resource: 'report' },
  /**
   * The annual report (issue #17): ask for it, follow it and download it. The national office any scope, province
   * staff their own province only (lib/annual-report/annual-report-access.ts, through statsScopeFor).
   */
  'annualReport:request': { roles: ['NATIONAL_OFFICE', 'PROVINCE_STAFF'] },
  // Training (issue #18). Who learns: members, core heads and trainers, each in the courses of their audience
  // (lib/training/training-access.ts). Which groups, learners and courses each reaches is decided there, in the data
  // layer: a trainer their own groups and courses, province staff their province, the national office all.
  'training:learn': { roles: ['MEMBER', 'CORE_HEAD', 'TRAINER'] },
  /** Write and edit courses and publish their versions: the national office any, a trainer the ones they wrote. */
  'course:edit': { roles: ['NATIONAL_OFFICE', 'TRAINER'] },
  /** Run virtual groups: a trainer their member groups, the national office the trainer-of-trainers groups. */
  'trainingGroup:manage': { roles: ['TRAINER', 'NATIONAL_OFFICE'] },
  /** See groups, learners' progress and completion rates in reach (trainer: own groups; province staff: province). */
  'training:oversee': { roles: ['TRAINER', 'PROVINCE_STAFF', 'NATIONAL_OFFICE'] },
  /** Revoke a certificate: the national office any, province staff their province's holders. */
  'certificate:revoke': { roles: ['NATIONAL_OFFICE', 'PROVINCE_STAFF'] },
  /** Staff accounts (issue #15): create, change roles and scope, disable, send a setup link. Volunteers come through /join. */
  'account:manage': { roles: ['ADMIN'] },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof permissions;

/**
 * True when one of the actor's roles holds the permission and, given where an object lives, that same
 * role's reach covers it (scope.ts). Fails closed: a scoped role with no scope of its own covers nothing.
 */
export function can(actor: Actor | null, action: Action, placement?: Placement): boolean {
  if (!actor) return false;
  const permission: Permission = permissions[action];
  return actor.roles.some(
    (role) =>
      permission.roles.includes(role) &&
      (placement === undefined || (permission.resource !== undefined && roleReaches(actor, role, permission.resource, placement))),
  );
}

/** The roles holding a permission: to narrow a scope filter to them (`scopeWhere(actor, kind, rolesAllowed(action))`). */
export function rolesAllowed(action: Action): readonly Role[] {
  return permissions[action].roles;
}
