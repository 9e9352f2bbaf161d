import 'server-only';
import { clientKey } from '@/lib/crypto/client-key';
import { accountKeyOf } from './identifier';
import { loginRetryAfter } from './login-throttle';

/** Seconds the client must wait before this login attempt is heard, or 0. Reads a copy of the form body. */
export async function loginAttemptBlocked(request: Request): Promise<number> {
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  return loginRetryAfter(accountKeyOf(String(form?.get('identifier') ?? '')), clientKey(request.headers));
}
