import 'server-only';
import type { ReactNode } from 'react';
import { accessFallbackStatus, setResponseStatus } from '@/lib/http/response-status.mjs';
import Forbidden from './forbidden';
import NotFound from './not-found';
import Unauthorized from './unauthorized';

/**
 * For pages that call unauthorized(), forbidden() or notFound() (lib/auth/guard.ts): renders the 401, 403 or 404 page in the
 * page's place, so the server's HTML carries it, and answers with its status through server.mjs.
 * Left to Next.js 16, both answer an empty HTML shell and appear only once JavaScript runs
 * (vercel/next.js#62228; lib/http/response-status.mjs). redirect() and real errors pass through.
 */
export function withFallbackPages<Args extends unknown[]>(render: (...args: Args) => Promise<ReactNode>) {
  return async function renderOrFallback(...args: Args): Promise<ReactNode> {
    try {
      return await render(...args);
    } catch (error) {
      const status = accessFallbackStatus(error);
      if (status === undefined) throw error;
      setResponseStatus(status);
      return status === 401 ? <Unauthorized /> : status === 403 ? <Forbidden /> : <NotFound />;
    }
  };
}
