// Calls a server action the way a form post does: inside a request scope (lib/testing/next-request-scope),
// from a client at `address` as server.mjs would stamp it, so per-client limits see one client per address.
import { NextRequest } from 'next/server';
import type { ActionState } from '@/lib/actions/action-state';
import { PEER_HEADER } from '@/lib/http/client-address';
import { inRequestScope } from './next-request-scope';

export function callAction<T>(
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>,
  formData: FormData,
  { address = '198.51.100.1', path = '/' } = {},
): Promise<ActionState<T>> {
  process.env.SAJAM_PEER_TOKEN ??= 'test-peer-token';
  const request = new NextRequest(`http://localhost${path}`, { method: 'POST', headers: { [PEER_HEADER]: `${process.env.SAJAM_PEER_TOKEN} ${address}` } });
  return inRequestScope(request, () => action({ ok: false }, formData));
}
