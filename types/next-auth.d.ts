import type { Role } from '@/lib/authz';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name: string; roles: Role[] };
  }
  interface User {
    id: string;
    name: string;
    roles: Role[];
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    roles?: Role[];
    /** The login's row in Session, checked on every request. */
    sid?: string;
    /** The session's absolute end (seconds since the epoch); no token is issued past it. */
    sessionEndsAt?: number;
  }
}
