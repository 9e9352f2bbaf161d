import 'server-only';
import { getToken, type JWT } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import type { Role } from '@/lib/authz';
import { getAppSecret } from '@/lib/crypto/secret';
import { getDb } from '@/lib/db/client';
import { getAuthOptions } from './options';
import { SESSION_MAX_AGE_SECONDS } from './start-session';

type CookieList = { getAll(): { name: string; value: string }[] };

/**
 * The session cookie's name, as next-auth 4 names and reads it: `__Secure-` in front when the site is
 * served over https (NEXTAUTH_URL), so the cookie Sajam sets at login is the one next-auth's reader,
 * /api/auth/session and signout find.
 */
export function sessionCookieName(): string {
  return `${process.env.NEXTAUTH_URL?.startsWith('https://') ? '__Secure-' : ''}next-auth.session-token`;
}

export type SessionCookie = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; path: '/'; secure: boolean; maxAge: number };
};

/**
 * A login's cookie, made the way next-auth makes it: its jwt callback records the session row (`sid`),
 * then its encoder writes the token (never outliving the row). Used by the login action, which works
 * with and without JavaScript.
 */
export async function issueSessionCookie(user: { id: string; name: string; roles: readonly Role[] }): Promise<SessionCookie> {
  const options = getAuthOptions();
  const token = await options.callbacks!.jwt!({
    token: { sub: user.id, name: user.name },
    user: { id: user.id, name: user.name, roles: [...user.roles] },
    account: null,
    trigger: 'signIn',
  });
  const value = await options.jwt!.encode!({ token, secret: getAppSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  const name = sessionCookieName();
  return { name, value, options: { httpOnly: true, sameSite: 'lax', path: '/', secure: name.startsWith('__Secure-'), maxAge: SESSION_MAX_AGE_SECONDS } };
}

/** The cookie for an account just made (after its mobile was verified): the applicant is logged in at once. */
export async function issueSessionCookieForUser(userId: string): Promise<SessionCookie> {
  const user = await (await getDb()).user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, roles: true } });
  return issueSessionCookie({ id: user.id, name: user.name ?? '', roles: user.roles });
}

/**
 * The session token a request's cookie holds (decrypted with next-auth's own reader: same cookie name and
 * secret, chunked cookies included), or null. getToken reads only `cookies` (through getAll) and, without a
 * cookie, an Authorization header: empty headers keep it to the cookie.
 */
export async function readSessionToken(cookies: CookieList): Promise<JWT | null> {
  const request = { cookies, headers: new Headers() } as unknown as NextRequest;
  return getToken({ req: request, secret: getAppSecret() });
}
