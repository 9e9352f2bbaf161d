import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { clientAddress, fromTrustedProxy, parseTrustedProxies, rateLimitSubject, type TrustedProxies } from '@/lib/http/client-address';

let trustedCache: { source: string | undefined; parsed: TrustedProxies } | undefined;

function trustedProxies(): TrustedProxies {
  const source = getEnv().SAJAM_TRUSTED_PROXIES;
  if (!trustedCache || trustedCache.source !== source) trustedCache = { source, parsed: parseTrustedProxies(source) };
  return trustedCache.parsed;
}

/** Whether this request came through a proxy SAJAM_TRUSTED_PROXIES names (its forwarded headers may be read). */
export function viaTrustedProxy(headers: Headers): boolean {
  return fromTrustedProxy(headers, { trusted: trustedProxies(), peerToken: process.env.SAJAM_PEER_TOKEN });
}

// The HMAC key lives in this process's memory only and is never written anywhere. It used to rotate
// daily (derived from the app secret and the date), which reset every limit at 00:00 UTC — 10 reports
// at 23:59 and 10 more at 00:00 (issue #9). Rotation bought nothing: the limiters hold a key for at most
// an hour, in the same memory, so a key that lives as long as the process links no more than they do.
const g = globalThis as { __sajamClientKeySecret?: Buffer };

/**
 * A rate-limit key for the client behind a request: an HMAC of its address (lib/http/client-address:
 * the socket peer, or the right-most address a trusted proxy added; an IPv6 client's /64) under a
 * random per-process key. The address itself is never stored or logged.
 * Without a known peer (the app was not started through server.mjs) every client shares one key:
 * limits then fail closed rather than trusting a header the client wrote.
 */
export function clientKey(headers: Headers): string {
  const address = clientAddress(headers, { trusted: trustedProxies(), peerToken: process.env.SAJAM_PEER_TOKEN });
  const secret = (g.__sajamClientKeySecret ??= randomBytes(32));
  return createHmac('sha256', secret)
    .update(address === null ? 'unknown-peer' : rateLimitSubject(address))
    .digest('base64url')
    .slice(0, 22);
}
