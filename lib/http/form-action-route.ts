import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { FormAction } from '@/lib/actions/define-action';
import type { ActionState } from '@/lib/actions/action-state';
import { viaTrustedProxy } from '@/lib/crypto/client-key';

/**
 * A form's server action over a plain POST, for the one thing a server action's fetch cannot do: tell
 * the browser how much of a large upload has left (XMLHttpRequest's upload progress, issue #12). The
 * same action runs — same parsing, permission, rate limit and use case — and its ActionState comes back
 * as JSON, which the form reads as if the action had answered it (components/ui/use-form-action.ts).
 *
 * Cross-site posts are refused as Next.js refuses cross-site server actions: the Origin must be this
 * site (a browser always sends Origin on a cross-site POST). 403 then, and 400 for a body that is not a
 * form, both JSON with a Persian message.
 */
export function formActionRoute<T>(action: FormAction<T>) {
  return async function POST(request: Request): Promise<Response> {
    const refuse = async (status: number, key: 'crossSite' | 'bodyMalformed') => {
      const t = await getTranslations('sharedErrors');
      const state: ActionState<T> = { ok: false, message: t(key) };
      return Response.json(state, { status, headers: { 'cache-control': 'no-store' } });
    };
    if (!fromThisSite(request.headers)) return refuse(403, 'crossSite');
    let formData: FormData;
    try {
      formData = await request.formData();
    } catch {
      return refuse(400, 'bodyMalformed');
    }
    // An ended session, a missing permission, a rate limit: the action answers those itself (ActionState).
    return Response.json(await action({ ok: false }, formData), { headers: { 'cache-control': 'no-store' } });
  };
}

/**
 * Origin names the host this request came to. X-Forwarded-Host is read only when the request came
 * through a proxy SAJAM_TRUSTED_PROXIES names (lib/http/client-address.ts): from anyone else it is the
 * client's own text, and a cross-site page could name itself there.
 */
export function fromThisSite(headers: Headers, trustForwarded: boolean = viaTrustedProxy(headers)): boolean {
  const origin = headers.get('origin');
  const forwarded = trustForwarded ? headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = forwarded || headers.get('host');
  if (!origin || !host || origin === 'null') return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
