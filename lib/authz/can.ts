// Who may do what, and where. Every server action, route handler and dashboard page asks here;
// the proxy only redirects the logged-out and never decides access.
import type { Actor, Role } from './roles';

const rolesFor = {
  'dashboard:member': ['MEMBER'],
  'dashboard:core': ['CORE_HEAD'],
  'dashboard:province': ['PROVINCE_STAFF'],
  'dashboard:national': ['NATIONAL_OFFICE'],
  'dashboard:agency': ['AGENCY_LIAISON'],
  'dashboard:training': ['TRAINER'],
  'dashboard:admin': ['ADMIN'],
  'report:submit-as-member': ['MEMBER'],
  'report:view': ['MEMBER', 'CORE_HEAD', 'PROVINCE_STAFF', 'NATIONAL_OFFICE', 'AGENCY_LIAISON'],
  'report:review': ['CORE_HEAD', 'PROVINCE_STAFF', 'NATIONAL_OFFICE'],
  'report:refer': ['NATIONAL_OFFICE'],
  'report:respond': ['AGENCY_LIAISON'],
  'member:vet': ['PROVINCE_STAFF', 'NATIONAL_OFFICE'],
  'core:manage': ['PROVINCE_STAFF', 'NATIONAL_OFFICE'],
  'topic:manage': ['NATIONAL_OFFICE', 'ADMIN'],
  'annual-report:export': ['NATIONAL_OFFICE'],
  'user:manage': ['ADMIN'],
  'agency:manage': ['ADMIN'],
  'training:manage': ['TRAINER', 'NATIONAL_OFFICE'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof rolesFor;

/** Where an object lives. Omit a field the object does not have; a scoped role needs a match. */
export type ScopedResource = {
  provinceId?: number | null;
  coreId?: string | null;
  agencyIds?: readonly string[];
  ownerId?: string | null;
};

/**
 * True when one of the actor's roles allows the action and, for a resource, that role's scope
 * covers it. Fails closed: a scoped role with no scope of its own covers nothing.
 */
export function can(actor: Actor | null, action: Action, resource?: ScopedResource): boolean {
  if (!actor) return false;
  const allowed: readonly Role[] = rolesFor[action];
  return actor.roles.some((role) => allowed.includes(role) && (resource === undefined || covers(actor, role, resource)));
}

/** True when the actor holds the role and that role's scope covers the resource. */
export function coversWithRole(actor: Actor, role: Role, resource: ScopedResource): boolean {
  return actor.roles.includes(role) && covers(actor, role, resource);
}

function covers(actor: Actor, role: Role, resource: ScopedResource): boolean {
  switch (role) {
    case 'NATIONAL_OFFICE':
    case 'ADMIN':
      return true;
    case 'PROVINCE_STAFF':
      return actor.provinceId !== null && resource.provinceId === actor.provinceId;
    case 'CORE_HEAD':
      return actor.coreId !== null && resource.coreId === actor.coreId;
    case 'AGENCY_LIAISON':
      return actor.agencyId !== null && (resource.agencyIds ?? []).includes(actor.agencyId);
    case 'MEMBER':
    case 'TRAINER':
      return resource.ownerId != null && resource.ownerId === actor.id;
  }
}

export function rolesAllowed(action: Action): readonly Role[] {
  return rolesFor[action];
}
