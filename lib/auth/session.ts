import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import type { Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import { loadActiveActor } from './load-active-actor';
import { getAuthOptions } from './options';

/**
 * The logged-in person, re-read from the database on every request: roles and scope come from
 * there, not from the token, and a disabled or deleted account is treated as logged out.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  return id ? loadActiveActor(id) : null;
});

/** For server actions: the logged-in person, or UNAUTHENTICATED (the form shows "log in first"). */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}
