export { can, rolesAllowed, type Action } from './can';
export { REACH, inScope, roleReaches, scopeSql, scopeWhere, holdersWhere, type Placement, type Reach, type ResourceKind } from './scope';
export { ROLES, dashboardsOf, landingPath, type Actor, type Dashboard, type Role } from './roles';
