import 'server-only';
import { createHmac } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { clientAddress, parseTrustedProxies, type TrustedProxies } from '@/lib/http/client-address';
import { getAppSecret } from './secret';

const WINDOW_MS = 24 * 60 * 60 * 1000;

let trustedCache: { source: string | undefined; parsed: TrustedProxies } | undefined;

function trustedProxies(): TrustedProxies {
  const source = getEnv().SAJAM_TRUSTED_PROXIES;
  if (!trustedCache || trustedCache.source !== source) trustedCache = { source, parsed: parseTrustedProxies(source) };
  return trustedCache.parsed;
}

/**
 * A rate-limit key for the client behind a request: an HMAC of its address (lib/http/client-address:
 * the socket peer, or the right-most address a trusted proxy added) under a key that rotates daily.
 * The address itself is never stored or logged, and yesterday's keys cannot be linked to today's.
 * Without a known peer (the app was not started through server.mjs) every client shares one key:
 * limits then fail closed rather than trusting a header the client wrote.
 */
export function clientKey(headers: Headers, now = Date.now()): string {
  const address = clientAddress(headers, { trusted: trustedProxies(), peerToken: process.env.SAJAM_PEER_TOKEN }) ?? 'unknown-peer';
  const window = Math.floor(now / WINDOW_MS);
  return createHmac('sha256', getAppSecret()).update(`${window}:${address}`).digest('base64url').slice(0, 22);
}
