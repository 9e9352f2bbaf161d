import 'server-only';
import { z } from 'zod';
import { AppError, isAppError } from '@/lib/errors';
import { normalizeIdentifier } from '@/lib/text/normalize';
import { authenticate } from './authenticate';
import { parseLoginIdentifier } from './identifier';
import { issueSessionCookie, type SessionCookie } from './session-cookie';

/** The login form. Messages are keys under `login.errors`. */
export const loginInput = z.object({
  identifier: z
    .string({ error: 'required' })
    .transform((v) => normalizeIdentifier(v))
    .refine((v) => v.length > 0, { message: 'required', abort: true })
    .refine((v) => v.length <= 254 && parseLoginIdentifier(v) !== null, 'invalidIdentifier'),
  password: z.string({ error: 'required' }).min(1, 'required').max(256, 'required'),
  next: z.string().max(2000).optional().catch(undefined),
});

export type LogInOptions = { identifier: string; password: string; clientKey: string };

/**
 * Checks a login (lib/auth/authenticate: throttled, audited, equally slow for every failure) and makes its
 * session cookie. A wrong identifier or password is one form-level error (`form`: "mobile/e-mail or
 * password is wrong"), never which of the two; too many failures are RATE_LIMITED with the wait.
 */
export async function logIn({ identifier, password, clientKey }: LogInOptions): Promise<SessionCookie> {
  try {
    const actor = await authenticate({ identifier, password, clientKey });
    return await issueSessionCookie(actor);
  } catch (error) {
    if (isAppError(error) && error.code === 'UNAUTHENTICATED') throw new AppError('VALIDATION', 'login failed', { fieldErrors: { form: ['failed'] } });
    throw error;
  }
}
