// Calls a server action the way a form post does: inside a request scope (lib/testing/next-request-scope),
// from a client at `address` as server.mjs would stamp it, so per-client limits see one client per address,
// and, with `as`, carrying the session cookie that person's login would have set.
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import type { ActionState } from '@/lib/actions/action-state';
import type { Role } from '@/lib/authz';
import { getAuthOptions } from '@/lib/auth/options';
import { getAppSecret } from '@/lib/crypto/secret';
import { PEER_HEADER } from '@/lib/http/client-address';
import { inRequestScope } from './next-request-scope';

/** The session cookie a login of `user` sets: the jwt callback records the session, then the token is encoded. */
export async function sessionCookie(user: { id: string; name: string | null; roles: Role[] }): Promise<string> {
  const token = await getAuthOptions().callbacks!.jwt!({ token: { sub: user.id, name: user.name }, user: user as never, account: null, trigger: 'signIn' });
  return `next-auth.session-token=${await encode({ token, secret: getAppSecret(), maxAge: 3600 })}`;
}

export async function callAction<T>(
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>,
  formData: FormData,
  { address = '198.51.100.1', path = '/', as }: { address?: string; path?: string; as?: { id: string; name: string | null; roles: Role[] } } = {},
): Promise<ActionState<T>> {
  process.env.SAJAM_PEER_TOKEN ??= 'test-peer-token';
  const headers: Record<string, string> = { [PEER_HEADER]: `${process.env.SAJAM_PEER_TOKEN} ${address}` };
  if (as) headers.cookie = await sessionCookie(as);
  const request = new NextRequest(`http://localhost${path}`, { method: 'POST', headers });
  return inRequestScope(request, () => action({ ok: false }, formData));
}
