import 'server-only';
import { headers } from 'next/headers';
import { forbidden, notFound, redirect, unauthorized } from 'next/navigation';
import { can, type Action, type Actor } from '@/lib/authz';
import { isAppError } from '@/lib/errors';
import { safeReturnPath } from './return-path';
import { getCurrentActor } from './session';

/**
 * The login page, coming back to `returnTo` afterwards (through the one return-path function). After a
 * form post (a page's server action sent without JavaScript) the page is drawn again for the answer: a
 * redirect there is a 307, and the browser sent the form again to /login (an English 409 page), so a
 * form post gets the "session ended, log in again" page in place (401, app/unauthorized.tsx).
 */
async function toLogin(returnTo: string): Promise<never> {
  const type = (await headers()).get('content-type') ?? '';
  if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) unauthorized();
  redirect(`/login?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
}

/** For pages: the logged-out go to /login and come back; the logged-in without permission get the 403 page. */
export async function requirePermission(action: Action, returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) return toLogin(returnTo);
  if (!can(actor, action)) forbidden();
  return actor;
}

/**
 * For pages that show one object: the logged-out go to /login and come back, then `load` runs with the
 * person; NOT_FOUND (absent or out of scope, which look the same) is the 404 page, FORBIDDEN the 403.
 * `permission` is checked first when given.
 */
export async function loadPage<T>(o: { returnTo: string; permission?: Action; load: (actor: Actor) => Promise<T> }): Promise<{ actor: Actor; data: T }> {
  const actor = o.permission ? await requirePermission(o.permission, o.returnTo) : await getCurrentActor();
  if (!actor) return toLogin(o.returnTo);
  try {
    return { actor, data: await o.load(actor) };
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    if (isAppError(error) && error.code === 'FORBIDDEN') forbidden();
    throw error;
  }
}
