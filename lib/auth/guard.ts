import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { can, type Action, type Actor } from '@/lib/authz';
import { getCurrentActor } from './session';

/** For pages: the logged-out go to /login and come back; the logged-in without permission get the 403 page. */
export async function requirePermission(action: Action, returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (!can(actor, action)) forbidden();
  return actor;
}
