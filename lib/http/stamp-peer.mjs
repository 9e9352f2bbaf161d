// Plain JavaScript: loaded by server.mjs before Next.js starts (Node 20 cannot run TypeScript itself).
import { randomBytes } from 'node:crypto';

export const PEER_HEADER = 'x-sajam-peer';

/**
 * The per-process token that proves a peer header was written by this server, not by the client.
 * Kept in the environment so that every part of the app (and any worker Next.js starts) can read it.
 * @returns {string}
 */
export function ensurePeerToken() {
  process.env.SAJAM_PEER_TOKEN ||= randomBytes(18).toString('base64url');
  return process.env.SAJAM_PEER_TOKEN;
}

/**
 * Replaces whatever the client sent as `x-sajam-peer` with `<token> <socket peer address>`.
 * lib/http/client-address.ts reads it back and ignores a value without the token.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} token
 */
export function stampPeer(req, token) {
  delete req.headers[PEER_HEADER];
  const address = req.socket?.remoteAddress;
  if (address) req.headers[PEER_HEADER] = `${token} ${address}`;
}

/**
 * Without a reverse proxy in front (SAJAM_TRUSTED_PROXIES unset), nobody but the client wrote `X-Forwarded-Host`,
 * and Next.js compares a server action's Origin with it: a client sending `Origin: evil` and `X-Forwarded-Host: evil`
 * passed that check (break-it review, #17; a browser cannot send the header cross-site without a preflight, so this
 * is defence in depth). So it is dropped; behind a proxy, the proxy sets it.
 * @param {import('node:http').IncomingMessage} req
 */
export function dropUntrustedForwardedHost(req) {
  if (!process.env.SAJAM_TRUSTED_PROXIES?.trim()) delete req.headers['x-forwarded-host'];
}
