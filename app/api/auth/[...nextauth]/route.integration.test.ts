// next-auth's real route handlers, driven as the browser drives them: csrf, credentials login, session,
// sign-out, then a copy of the old cookie replayed against the session route and a server action.
import { decode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCurrentActor, requireActor } from '@/lib/auth/session';
import { getAppSecret } from '@/lib/crypto/secret';
import { seededDb } from '@/lib/testing/db';
import { inRequestScope } from '@/lib/testing/next-request-scope';
import { DEMO_PASSWORD } from '@/prisma/seed';
import { GET, POST } from './route';

const BASE = 'http://localhost:3000';
const SESSION_COOKIE = 'next-auth.session-token';

let savedUrl: string | undefined;
beforeAll(() => {
  savedUrl = process.env.NEXTAUTH_URL;
  process.env.NEXTAUTH_URL = BASE;
});
afterAll(() => {
  if (savedUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = savedUrl;
});

type Jar = Map<string, string>;
type SetCookie = { name: string; value: string; expires: Date | null; maxAge: number | null };

function parseSetCookie(header: string): SetCookie {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  const eq = pair!.indexOf('=');
  const attribute = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
  const expires = attribute('expires');
  const maxAge = attribute('max-age');
  return {
    name: pair!.slice(0, eq),
    value: decodeURIComponent(pair!.slice(eq + 1)),
    expires: expires ? new Date(expires) : null,
    maxAge: maxAge ? Number(maxAge) : null,
  };
}

const setCookies = (response: Response) => response.headers.getSetCookie().map(parseSetCookie);
const sessionCookies = (response: Response) => setCookies(response).filter((c) => c.name.startsWith(SESSION_COOKIE));
const isDeletion = (c: SetCookie) => c.value === '' && (c.maxAge === 0 || (c.expires !== null && c.expires.getTime() <= Date.now()));

/** A browser's cookie jar: keeps what the server sets, drops what it deletes. */
function remember(jar: Jar, response: Response): Jar {
  for (const c of setCookies(response)) {
    if (isDeletion(c)) jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return jar;
}

function request(method: 'GET' | 'POST', path: string, jar: Jar, form?: Record<string, string>, extraHeaders: Record<string, string> = {}) {
  const headers = new Headers(extraHeaders);
  if (jar.size) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; '));
  if (form) headers.set('content-type', 'application/x-www-form-urlencoded');
  return new NextRequest(`${BASE}${path}`, { method, headers, body: form ? new URLSearchParams(form).toString() : undefined });
}

async function auth(method: 'GET' | 'POST', action: string, jar: Jar, form?: Record<string, string>, headers?: Record<string, string>): Promise<Response> {
  const req = request(method, `/api/auth/${action}`, jar, form, headers);
  const context = { params: Promise.resolve({ nextauth: action.split('/') }) };
  return inRequestScope(req, () => (method === 'GET' ? GET : POST)(req, context));
}

async function csrfToken(jar: Jar, headers?: Record<string, string>): Promise<string> {
  const response = await auth('GET', 'csrf', jar, undefined, headers);
  remember(jar, response);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function logIn(identifier: string): Promise<Jar> {
  const jar: Jar = new Map();
  const response = await auth('POST', 'callback/credentials', jar, { csrfToken: await csrfToken(jar), identifier, password: DEMO_PASSWORD, json: 'true' });
  expect(response.status).toBe(200);
  remember(jar, response);
  expect(jar.has(SESSION_COOKIE)).toBe(true);
  return jar;
}

async function logOut(jar: Jar): Promise<Response> {
  const response = await auth('POST', 'signout', jar, { csrfToken: await csrfToken(jar), callbackUrl: `${BASE}/`, json: 'true' });
  remember(jar, response);
  return response;
}

const session = async (jar: Jar) => {
  const response = await auth('GET', 'session', jar);
  return { response, body: (await response.json()) as { user?: { id: string }; expires?: string } };
};

/** A server action or page in the same request scope: what getCurrentActor and requireActor see. */
const asPage = <T>(jar: Jar, fn: () => Promise<T>) => inRequestScope(request('POST', '/member/report', jar), fn);

const sidOf = async (jar: Jar) => (await decode({ token: jar.get(SESSION_COOKIE)!, secret: getAppSecret() }))!.sid!;

describe('/api/auth sessions over HTTP', () => {
  it('after logout a copy of the old cookie gets an empty session and a deleted cookie, and server actions refuse it', async () => {
    const db = await seededDb();
    const browser = await logIn('member@sajam.test');
    const member = await db.user.findUniqueOrThrow({ where: { email: 'member@sajam.test' } });

    const live = await session(browser);
    expect(live.body.user?.id).toBe(member.id);
    expect(await asPage(browser, requireActor)).toMatchObject({ id: member.id, roles: ['MEMBER'] });

    const stolen: Jar = new Map(browser);
    const signedOut = await logOut(browser);
    expect(signedOut.status).toBe(200);
    expect(sessionCookies(signedOut).every(isDeletion)).toBe(true);
    expect(browser.has(SESSION_COOKIE)).toBe(false);

    const replayed = await session(stolen);
    expect(replayed.response.status).toBe(200);
    expect(replayed.body).toEqual({});
    // No fresh cookie for the dead session: only its deletion.
    expect(sessionCookies(replayed.response).length).toBeGreaterThan(0);
    expect(sessionCookies(replayed.response).every(isDeletion)).toBe(true);

    await expect(asPage(stolen, requireActor)).rejects.toMatchObject({ name: 'AppError', code: 'UNAUTHENTICATED' });
    expect(await asPage(stolen, getCurrentActor)).toBeNull();
    expect(await db.session.findUniqueOrThrow({ where: { id: await sidOf(stolen) } })).toMatchObject({ revokedReason: 'LOGOUT' });
  });

  it('a logout ends only its own session: the same account logged in elsewhere stays logged in', async () => {
    const laptop = await logIn('core.head@sajam.test');
    const phone = await logIn('core.head@sajam.test');
    await logOut(laptop);
    expect((await session(phone)).body.user).toBeDefined();
    expect(await asPage(phone, getCurrentActor)).not.toBeNull();
  });

  it("re-issues a live session's cookie with a token that ends with the session, and none past it", async () => {
    const db = await seededDb();
    const browser = await logIn('trainer@sajam.test');
    const sid = await sidOf(browser);
    const endsAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 120_000);
    await db.session.update({ where: { id: sid }, data: { expiresAt: endsAt } });

    const refreshed = await session(browser);
    expect(refreshed.body.expires).toBe(endsAt.toISOString());
    const [cookie] = sessionCookies(refreshed.response);
    const token = await decode({ token: cookie!.value, secret: getAppSecret() });
    expect(token!.sid).toBe(sid);
    expect(token!.exp).toBeLessThanOrEqual(endsAt.getTime() / 1000);

    await db.session.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await session(browser);
    expect(expired.body).toEqual({});
    expect(sessionCookies(expired.response).every(isDeletion)).toBe(true);
  });

  it("a disabled account's cookie gets an empty session at once", async () => {
    const db = await seededDb();
    const browser = await logIn('agency@sajam.test');
    expect((await session(browser)).body.user).toBeDefined();
    const agency = await db.user.update({ where: { email: 'agency@sajam.test' }, data: { status: 'DISABLED' } });
    try {
      expect((await session(browser)).body).toEqual({});
      expect(await asPage(browser, getCurrentActor)).toBeNull();
    } finally {
      await db.user.update({ where: { id: agency.id }, data: { status: 'ACTIVE' } });
    }
  });
});

describe('where logout sends the browser', () => {
  // What next-auth/react's signOut({ callbackUrl: '/' }) posts from the logout button.
  const logOutFrom = async (jar: Jar, headers?: Record<string, string>) => {
    const response = await auth('POST', 'signout', jar, { csrfToken: await csrfToken(jar, headers), callbackUrl: '/', json: 'true' }, headers);
    return ((await response.json()) as { url: string }).url;
  };
  const withSite = async (env: { NEXTAUTH_URL?: string; AUTH_TRUST_HOST?: string }, fn: () => Promise<void>) => {
    const saved = { NEXTAUTH_URL: process.env.NEXTAUTH_URL, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST };
    for (const [name, value] of Object.entries({ NEXTAUTH_URL: undefined, AUTH_TRUST_HOST: undefined, ...env })) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    try {
      await fn();
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  };

  it('to the address the demo listens on, which it puts in NEXTAUTH_URL (not http://localhost:3000)', async () => {
    await withSite({ NEXTAUTH_URL: 'http://127.0.0.1:4123' }, async () => {
      expect(await logOutFrom(await logIn('member@sajam.test'))).toBe('http://127.0.0.1:4123/');
    });
  });

  it('on every interface (AUTH_TRUST_HOST, no NEXTAUTH_URL), to the host the browser asked for', async () => {
    const browser = await logIn('member@sajam.test');
    // The headers as Next.js's server hands them on: it adds x-forwarded-host and -proto from the request.
    const fromLan = { host: '192.0.2.2:4123', 'x-forwarded-host': '192.0.2.2:4123', 'x-forwarded-proto': 'http' };
    await withSite({ AUTH_TRUST_HOST: 'true' }, async () => {
      expect(await logOutFrom(browser, fromLan)).toBe('http://192.0.2.2:4123/');
    });
  });
});
