export { can, coversWithRole, rolesAllowed, type Action, type ScopedResource } from './can';
export { reportScope } from './report-scope';
export { ROLES, dashboardsOf, landingPath, type Actor, type Dashboard, type Role } from './roles';
