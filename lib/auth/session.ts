import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { toActor } from './actor';
import { getAuthOptions } from './options';

/**
 * The logged-in person, re-read from the database on every request: roles and scope come from
 * there, not from the token, and a disabled or deleted account is treated as logged out.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id } });
  return user && user.status === 'ACTIVE' ? toActor(user) : null;
});
