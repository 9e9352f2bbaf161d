import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import type { Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import { readSessionActor } from './read-session-actor';

/**
 * The logged-in person, checked on every request: the cookie's session must be neither revoked
 * (logout, disabling, a password or role change) nor past its expiry, and roles and scope come from the
 * database, not from the token. Reads the cookie directly rather than through getServerSession, which
 * would also run the jwt callback and encode a fresh token that nobody receives.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => readSessionActor(await cookies()));

/** For server actions: the logged-in person, or UNAUTHENTICATED (the form shows "log in first"). */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}
