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
