import { describe, expect, it } from 'vitest';
import { clientAddress, fromTrustedProxy, normalizeAddress, parseTrustedProxies, PEER_HEADER, rateLimitSubject } from './client-address';

const TOKEN = 'peer-token-for-tests';
const headersFor = (peer: string | null, forwarded?: string, token = TOKEN) => {
  const h = new Headers();
  if (peer !== null) h.set(PEER_HEADER, `${token} ${peer}`);
  if (forwarded !== undefined) h.set('x-forwarded-for', forwarded);
  return h;
};
const address = (h: Headers, trusted?: string) => clientAddress(h, { trusted: parseTrustedProxies(trusted), peerToken: TOKEN });

describe('clientAddress', () => {
  it('is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    for (let n = 0; n < 5; n++) expect(address(headersFor('198.51.100.9', `10.1.1.${n}, 198.51.100.9`))).toBe('198.51.100.9');
    expect(address(headersFor('::ffff:198.51.100.9'))).toBe('198.51.100.9');
  });

  it('ignores a peer header the client forged (no token, or another token) and reports the peer as unknown', () => {
    expect(address(headersFor('203.0.113.1', undefined, 'guessed'))).toBeNull();
    const forged = new Headers({ [PEER_HEADER]: '203.0.113.1', 'x-forwarded-for': '203.0.113.1' });
    expect(address(forged)).toBeNull();
    expect(clientAddress(headersFor('203.0.113.1'), { trusted: { kind: 'none' }, peerToken: undefined })).toBeNull();
  });

  it('behind N trusted hops, takes the address the outermost trusted proxy saw; rotating the left-most entry changes nothing', () => {
    const seen = new Set<string | null>();
    for (let n = 0; n < 20; n++) seen.add(address(headersFor('10.0.0.2', `10.1.1.${n}, 203.0.113.7`), '1'));
    expect([...seen]).toEqual(['203.0.113.7']);
    // Two proxies: client → cdn (adds client) → nginx (adds cdn) → app.
    expect(address(headersFor('10.0.0.2', 'spoofed, 203.0.113.7, 192.0.2.10'), '2')).toBe('203.0.113.7');
    // Fewer entries than hops: the left-most is all we have.
    expect(address(headersFor('10.0.0.2'), '3')).toBe('10.0.0.2');
  });

  it('with trusted CIDRs, takes the right-most address that is not a trusted proxy', () => {
    const trusted = '10.0.0.0/8, 192.0.2.10, fd00::/8';
    expect(address(headersFor('10.0.0.2', '1.2.3.4, 203.0.113.7, 192.0.2.10'), trusted)).toBe('203.0.113.7');
    for (let n = 0; n < 5; n++) expect(address(headersFor('10.0.0.2', `10.9.9.${n}, 203.0.113.7`), trusted)).toBe('203.0.113.7');
    // A peer outside the trusted ranges is the client, and its X-Forwarded-For is not read.
    expect(address(headersFor('203.0.113.99', '1.2.3.4'), trusted)).toBe('203.0.113.99');
    expect(address(headersFor('fd00::1', '2001:db8::5'), trusted)).toBe('2001:db8::5');
  });

  it('parses the setting and refuses what is neither a hop count nor addresses', () => {
    expect(parseTrustedProxies(undefined)).toEqual({ kind: 'none' });
    expect(parseTrustedProxies(' 0 ')).toEqual({ kind: 'none' });
    expect(parseTrustedProxies('2')).toEqual({ kind: 'hops', hops: 2 });
    expect(parseTrustedProxies('10.0.0.0/8,::1').kind).toBe('cidrs');
    for (const bad of ['nginx', '10.0.0.0/33', '10.0.0.0/x', '1.2.3']) expect(() => parseTrustedProxies(bad), bad).toThrow(/SAJAM_TRUSTED_PROXIES/);
  });

  it('normalizes the forms an address arrives in', () => {
    expect(normalizeAddress(' ::FFFF:10.0.0.1 ')).toBe('10.0.0.1');
    expect(normalizeAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('198.51.100.1:5000')).toBe('198.51.100.1');
  });

  it('counts an IPv6 client by its /64, so rotating within a home network changes nothing', () => {
    const subjects = new Set(
      ['2001:db8:abcd:12::1', '2001:db8:abcd:12:ffff:1:2:3', '2001:0db8:abcd:0012::9', '2001:db8:abcd:12:0:0:0:7'].map(rateLimitSubject),
    );
    expect([...subjects]).toEqual(['2001:db8:abcd:12::/64']);
    expect(rateLimitSubject('2001:db8:abcd:13::1')).toBe('2001:db8:abcd:13::/64');
    expect(rateLimitSubject('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitSubject('fe80::1')).toBe('fe80:0:0:0::/64');
    expect(rateLimitSubject('203.0.113.7')).toBe('203.0.113.7');
  });
});

describe('fromTrustedProxy', () => {
  const via = (h: Headers, trusted?: string) => fromTrustedProxy(h, { trusted: parseTrustedProxies(trusted), peerToken: TOKEN });
  it('is true only when the stamped peer is a proxy SAJAM_TRUSTED_PROXIES names', () => {
    expect(via(headersFor('203.0.113.5'))).toBe(false);
    expect(via(headersFor('203.0.113.5'), '10.0.0.0/8')).toBe(false);
    expect(via(headersFor('10.1.2.3'), '10.0.0.0/8')).toBe(true);
    expect(via(headersFor('10.1.2.3'), '1')).toBe(true);
    expect(via(headersFor('10.1.2.3', undefined, 'forged'), '10.0.0.0/8')).toBe(false);
    expect(via(headersFor(null), '1')).toBe(false);
  });
});
