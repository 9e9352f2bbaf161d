import 'server-only';
import type { Actor } from '@/lib/authz';
import { loadActiveSession } from './load-active-session';
import { readSessionToken } from './session-cookie';

type CookieList = { getAll(): { name: string; value: string }[] };

/**
 * The person a request's session cookie belongs to, or null: the cookie is decrypted with next-auth's
 * own reader (same cookie name and secret as the auth route, chunked cookies included), then its
 * session row and account are checked. A token alone is never enough.
 */
export async function readSessionActor(cookies: CookieList): Promise<Actor | null> {
  const token = await readSessionToken(cookies);
  const session = token ? await loadActiveSession({ userId: token.sub, sessionId: token.sid }) : null;
  return session?.actor ?? null;
}
