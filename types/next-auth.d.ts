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
  }
}
