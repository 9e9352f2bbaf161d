import type { Actor } from '@/lib/authz';
import type { User } from '@/lib/generated/prisma/client';

export function toActor(user: Pick<User, 'id' | 'name' | 'roles' | 'provinceId' | 'coreId' | 'agencyId'>): Actor {
  return { id: user.id, name: user.name, roles: user.roles, provinceId: user.provinceId, coreId: user.coreId, agencyId: user.agencyId };
}
