import { describe, expect, it } from 'vitest';
import { listenAddress, siteUrl } from './listen-address.mjs';

describe('listenAddress (server.mjs)', () => {
  it('prefers the flags to the environment and defaults to port 3000 on every interface', () => {
    expect(listenAddress([], {})).toEqual({ port: 3000, hostname: undefined });
    expect(listenAddress([], { PORT: '4000', HOST: '127.0.0.1' })).toEqual({ port: 4000, hostname: '127.0.0.1' });
    expect(listenAddress(['-p', '5000', '--hostname', '::1'], { PORT: '4000', HOST: '127.0.0.1' })).toEqual({ port: 5000, hostname: '::1' });
    expect(listenAddress([], { PORT: ' ', HOST: '' })).toEqual({ port: 3000, hostname: undefined });
  });

  it('refuses a port that is not one', () => {
    expect(() => listenAddress(['-p', 'http'], {})).toThrow(/port/);
    expect(() => listenAddress([], { PORT: '70000' })).toThrow(/port/);
  });
});

describe('siteUrl', () => {
  it('is the one address listened on, none for every interface', () => {
    expect(siteUrl({ hostname: '127.0.0.1', port: 3000 })).toBe('http://127.0.0.1:3000');
    expect(siteUrl({ hostname: 'fe80::1', port: 3000 })).toBe('http://[fe80::1]:3000');
    for (const hostname of [undefined, '0.0.0.0', '::']) expect(siteUrl({ hostname, port: 3000 })).toBeUndefined();
  });
});
