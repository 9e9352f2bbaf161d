import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { clientKey } from '@/lib/crypto/client-key';
import { getAppSecret } from '@/lib/crypto/secret';
import { isAppError } from '@/lib/errors';
import { authenticate } from './authenticate';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const credentialsSchema = z.object({
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
});

/** Built per request: the secret is read when first needed, so a build without secrets still works. */
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAppSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
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
      jwt({ token, user }) {
        if (user) token.roles = user.roles;
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.sub ?? '', name: token.name ?? '', roles: token.roles ?? [] };
        return session;
      },
    },
  };
}
