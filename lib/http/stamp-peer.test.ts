import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { dropUntrustedForwardedHost, stampPeer } from './stamp-peer.mjs';

const request = (headers: Record<string, string>, remoteAddress = '203.0.113.9') =>
  ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('what server.mjs writes and strips before Next.js reads a request', () => {
  const saved = process.env.SAJAM_TRUSTED_PROXIES;
  afterEach(() => {
    if (saved === undefined) delete process.env.SAJAM_TRUSTED_PROXIES;
    else process.env.SAJAM_TRUSTED_PROXIES = saved;
  });

  it('replaces a client-written peer header with the socket address under the token', () => {
    const req = request({ 'x-sajam-peer': 'forged 1.2.3.4' });
    stampPeer(req, 'tok');
    expect(req.headers['x-sajam-peer']).toBe('tok 203.0.113.9');
  });

  it('drops X-Forwarded-Host without a trusted proxy (a forged Origin plus a matching header passed the server action check)', () => {
    delete process.env.SAJAM_TRUSTED_PROXIES;
    const req = request({ 'x-forwarded-host': 'evil.example', host: 'sajam.example' });
    dropUntrustedForwardedHost(req);
    expect(req.headers['x-forwarded-host']).toBeUndefined();
    expect(req.headers.host).toBe('sajam.example');
  });

  it('keeps it behind a proxy the deployment names (the proxy sets it)', () => {
    process.env.SAJAM_TRUSTED_PROXIES = '10.0.0.0/8';
    const req = request({ 'x-forwarded-host': 'sajam.example' }, '10.0.0.2');
    dropUntrustedForwardedHost(req);
    expect(req.headers['x-forwarded-host']).toBe('sajam.example');
  });
});
