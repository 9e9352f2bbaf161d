// Who is on the other end of a request, for per-client rate limits. The answer must not come from
// anything the client writes: `X-Forwarded-For` is the client's own text unless a proxy we trust
// appended to it. So the starting point is the TCP peer address, which `server.mjs` stamps on every
// request (Next.js does not expose the socket), and forwarded entries are believed only as far as
// configured proxies vouch for them (SAJAM_TRUSTED_PROXIES). Same rule as Express's "trust proxy".
import { BlockList, isIP } from 'node:net';
// Set by server.mjs on every request, after removing any copy the client sent.
import { PEER_HEADER } from './stamp-peer.mjs';

export { PEER_HEADER };

export type TrustedProxies =
  | { kind: 'none' }
  /** The last N hops are our own proxies (e.g. 1 behind a single nginx). */
  | { kind: 'hops'; hops: number }
  /** Proxies are recognised by address: any hop inside these ranges is ours. */
  | { kind: 'cidrs'; list: BlockList; source: string };

/**
 * Parses SAJAM_TRUSTED_PROXIES: unset/blank/`0` → none; a whole number → that many hops;
 * otherwise a comma-separated list of addresses or CIDR ranges (IPv4 or IPv6).
 * @throws Error naming the entry that is neither (a configuration error at startup).
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return { kind: 'none' };
  if (/^\d+$/.test(text)) return { kind: 'hops', hops: Math.min(Number(text), 20) };
  const list = new BlockList();
  for (const raw of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, prefix] = raw.split('/');
    const family = isIP(address ?? '');
    if (!family) throw new Error(`SAJAM_TRUSTED_PROXIES: "${raw}" is not an address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address!, type);
    else {
      const bits = Number(prefix);
      if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new Error(`SAJAM_TRUSTED_PROXIES: "${raw}" has a bad prefix length`);
      list.addSubnet(address!, bits, type);
    }
  }
  return { kind: 'cidrs', list, source: text };
}

/** `::ffff:1.2.3.4` (an IPv4 client on a dual-stack socket) is 1.2.3.4; brackets and ports are dropped. */
export function normalizeAddress(raw: string): string {
  let a = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (a.startsWith('::ffff:') && isIP(a.slice(7)) === 4) a = a.slice(7);
  return a;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address for rate limiting, or null when the peer is unknown (the app was started
 * without server.mjs, e.g. `next dev`). With `hops: N` it is the entry N places left of the peer in
 * `X-Forwarded-For, peer`; with CIDRs, the right-most address that is not a trusted proxy. Entries to
 * the left of that (what the client wrote) are never read.
 */
export function clientAddress(headers: Headers, options: { trusted: TrustedProxies; peerToken: string | undefined }): string | null {
  const peer = verifiedPeer(headers, options.peerToken);
  if (peer === null) return null;
  if (options.trusted.kind === 'none') return peer;
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map(normalizeAddress).filter(Boolean);
  const chain = [...forwarded, peer];
  if (options.trusted.kind === 'hops') return chain[Math.max(0, chain.length - 1 - options.trusted.hops)]!;
  const { list } = options.trusted;
  for (let i = chain.length - 1; i >= 0; i--) if (!isTrusted(list, chain[i]!)) return chain[i]!;
  // Every hop is one of ours (a health check from the proxy itself): the left-most is the closest we know.
  return chain[0]!;
}

/**
 * Whether the request reached us through a proxy we trust: the stamped peer is one (hops ≥ 1, or an
 * address in the CIDRs). Only then may what a proxy writes (X-Forwarded-Host, X-Forwarded-For) be read;
 * otherwise those headers are the client's own text.
 */
export function fromTrustedProxy(headers: Headers, options: { trusted: TrustedProxies; peerToken: string | undefined }): boolean {
  const peer = verifiedPeer(headers, options.peerToken);
  if (peer === null || options.trusted.kind === 'none') return false;
  return options.trusted.kind === 'hops' ? options.trusted.hops >= 1 : isTrusted(options.trusted.list, peer);
}

/** The peer stamped by server.mjs: `<token> <address>`; anything else (a client's forgery) is ignored. */
function verifiedPeer(headers: Headers, token: string | undefined): string | null {
  if (!token) return null;
  const value = headers.get(PEER_HEADER);
  if (!value) return null;
  const space = value.indexOf(' ');
  if (space < 0 || value.slice(0, space) !== token) return null;
  const address = normalizeAddress(value.slice(space + 1));
  return address || null;
}

/**
 * What a per-client limit counts: an IPv4 address, or the /64 network of an IPv6 address. One home or
 * phone connection gets a whole /64 (2^64 addresses), so keying on the full IPv6 address would let a
 * client take a fresh address for every request (RFC 6177; the same choice as most rate limiters).
 * Anything that is not an address (a trusted proxy's odd entry) is counted as it is.
 */
export function rateLimitSubject(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4 was folded earlier; others are rare) lies outside the /64.
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
