import 'server-only';
import { logUnexpected } from '@/lib/log/logger';
import type { NextAuthOptions } from 'next-auth';
import { encode, type JWT } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { clientKey } from '@/lib/crypto/client-key';
import { getAppSecret } from '@/lib/crypto/secret';
import { AppError, isAppError } from '@/lib/errors';
import { authenticate } from './authenticate';
import { loadActiveSession } from './load-active-session';
import { revokeUserSessions } from './revoke-sessions';
import { SESSION_MAX_AGE_SECONDS, startSession } from './start-session';

export const credentialsSchema = z.object({
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
});

const toEpochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
const nowSeconds = () => toEpochSeconds(new Date());

/** An ended session is the expected answer to a replayed or stale cookie, not a server error. */
function isEndedSession(error: unknown): boolean {
  return (isAppError(error) && error.code === 'UNAUTHENTICATED') || (error as { code?: unknown } | null)?.code === 'ERR_JWT_EXPIRED';
}

/**
 * Built per request: the secret is read when first needed, so a build without secrets still works.
 *
 * Sessions are rows (model Session): the jwt callback records one at login and puts its id in the token
 * (`sid`); afterwards it checks the row on every use and throws when it is revoked, expired or its
 * account disabled. next-auth answers a throwing jwt callback with an empty session (`{}`) and a cookie
 * that deletes the session cookie, so a dead cookie is never re-issued. A token never outlives its row.
 */
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAppSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: {
      // next-auth sets every re-issued token's expiry to now + maxAge (sliding); cap it at the session's end.
      encode: ({ token, maxAge = SESSION_MAX_AGE_SECONDS, ...params }) =>
        encode({ ...params, token, maxAge: Math.max(0, Math.min(maxAge, (token?.sessionEndsAt ?? 0) - nowSeconds())) }),
    },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        credentials: { identifier: { type: 'text' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          try {
            const actor = await authenticate({ ...parsed.data, clientKey: clientKey(new Headers(req.headers as Record<string, string>)) });
            return { id: actor.id, name: actor.name, roles: [...actor.roles] };
          } catch (error) {
            // The route answers 429 before reaching here; this covers a race between two attempts.
            if (isAppError(error) && error.code === 'RATE_LIMITED') throw new Error(`RATE_LIMITED:${error.retryAfterSeconds ?? 900}`);
            if (isAppError(error) && error.code === 'UNAUTHENTICATED') return null;
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }): Promise<JWT> {
        if (user) {
          const session = await startSession({ userId: user.id });
          return { ...token, sid: session.id, sessionEndsAt: toEpochSeconds(session.expiresAt), roles: user.roles };
        }
        const session = await loadActiveSession({ userId: token.sub, sessionId: token.sid });
        if (!session) throw new AppError('UNAUTHENTICATED', 'session ended');
        const { actor, expiresAt } = session;
        return { ...token, name: actor.name, roles: [...actor.roles], sessionEndsAt: toEpochSeconds(expiresAt) };
      },
      session({ session, token }) {
        // Only reached after the jwt callback accepted the session; a token without one is no session.
        if (!token.sub || !token.sid || !token.sessionEndsAt) throw new AppError('UNAUTHENTICATED', 'no session');
        return {
          ...session,
          user: { id: token.sub, name: token.name ?? '', roles: token.roles ?? [] },
          expires: new Date(token.sessionEndsAt * 1000).toISOString(),
        };
      },
    },
    events: {
      // POST /api/auth/signout: the cookie is deleted by next-auth; this ends the session itself, so a
      // copy of the cookie is worthless too.
      async signOut({ token }) {
        if (token?.sub && token.sid) await revokeUserSessions({ userId: token.sub, sessionId: token.sid, reason: 'logout' });
      },
    },
    logger: {
      error(code, metadata) {
        if (isEndedSession(metadata)) return;
        // next-auth's metadata can hold the request and the credentials: only the error's class and frames are logged.
        logUnexpected(metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error, `next-auth:${code}`);
      },
    },
  };
}
