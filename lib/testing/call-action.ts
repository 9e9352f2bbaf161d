// Calls a server action the way a form post does: inside a request scope (lib/testing/next-request-scope),
// from a client at `address` as server.mjs would stamp it, so per-client limits see one client per address,
// and, with `as`, carrying the session cookie that person's login would have set.
import { NextRequest } from 'next/server';
import type { ActionState } from '@/lib/actions/action-state';
import type { Role } from '@/lib/authz';
import { issueSessionCookie } from '@/lib/auth/session-cookie';
import { PEER_HEADER } from '@/lib/http/client-address';
import { inRequestScope } from './next-request-scope';

/** The session cookie a login of `user` sets (lib/auth/session-cookie, as the login action makes it). */
export async function sessionCookie(user: { id: string; name: string | null; roles: Role[] }): Promise<string> {
  const cookie = await issueSessionCookie({ id: user.id, name: user.name ?? '', roles: user.roles });
  return `${cookie.name}=${cookie.value}`;
}

/** A form's fields as the browser posts them. */
export function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
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
