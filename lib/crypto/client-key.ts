import 'server-only';
import { createHmac } from 'node:crypto';
import { getAppSecret } from './secret';

const WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * A rate-limit key for the client behind a request: an HMAC of its address under a key that
 * rotates daily. The address itself is never stored or logged, and yesterday's keys cannot be
 * linked to today's.
 */
export function clientKey(headers: Headers, now = Date.now()): string {
  const address = clientAddress(headers);
  const window = Math.floor(now / WINDOW_MS);
  return createHmac('sha256', getAppSecret()).update(`${window}:${address}`).digest('base64url').slice(0, 22);
}

/** The first hop a trusted reverse proxy recorded; "unknown" groups clients that sent none. */
function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
