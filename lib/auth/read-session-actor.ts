import 'server-only';
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import type { Actor } from '@/lib/authz';
import { getAppSecret } from '@/lib/crypto/secret';
import { loadActiveSession } from './load-active-session';

type CookieList = { getAll(): { name: string; value: string }[] };

/**
 * The person a request's session cookie belongs to, or null: the cookie is decrypted with next-auth's
 * own reader (same cookie name and secret as the auth route, chunked cookies included), then its
 * session row and account are checked. A token alone is never enough.
 */
export async function readSessionActor(cookies: CookieList): Promise<Actor | null> {
  // getToken reads only `cookies` (through getAll) and, without a cookie, an Authorization header:
  // empty headers keep it to the cookie.
  const request = { cookies, headers: new Headers() } as unknown as NextRequest;
  const token = await getToken({ req: request, secret: getAppSecret() });
  const session = token ? await loadActiveSession({ userId: token.sub, sessionId: token.sid }) : null;
  return session?.actor ?? null;
}
