import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { vettingProviders } from './providers';

// A stand-in for the registry and inquiry services, over real HTTP.
const seen: { path: string; auth: string | undefined; body: Record<string, unknown> }[] = [];
const server = createServer((req, res) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString()));
  req.on('end', () => {
    const body = JSON.parse(raw) as Record<string, unknown>;
    seen.push({ path: req.url ?? '', auth: req.headers.authorization, body });
    if (req.url === '/down') return void res.writeHead(503).end();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ outcome: req.url === '/record' ? 'FAIL' : 'PASS', reference: `ref${req.url}` }));
  });
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('vetting providers by configuration', () => {
  it('uses the simulator by default and HTTP services when configured', async () => {
    expect(vettingProviders(getEnv({})).identity.name).toBe('simulator:shahkar');
    const providers = vettingProviders(
      getEnv({
        SAJAM_VETTING_PROVIDER: 'http',
        SAJAM_IDENTITY_HTTP_URL: `${base}/identity`,
        SAJAM_INQUIRY_HTTP_URLS: `criminal-record=${base}/record, references=${base}/refs`,
        SAJAM_VETTING_HTTP_TOKEN: 'secret-token',
      }),
    );
    expect(await providers.identity.verify({ nationalCode: '0084575948', mobile: '09121234567', birthDate: new Date('1990-01-02T00:00:00Z') })).toEqual({
      outcome: 'PASS',
      reference: 'ref/identity',
    });
    expect(await Promise.all(providers.inquiries.map((p) => p.inquire({ nationalCode: '0084575948' })))).toEqual([
      { outcome: 'FAIL', reference: 'ref/record' },
      { outcome: 'PASS', reference: 'ref/refs' },
    ]);
    expect(providers.inquiries.map((p) => p.name)).toEqual(['http:criminal-record', 'http:references']);
    expect(seen[0]).toEqual({
      path: '/identity',
      auth: 'Bearer secret-token',
      body: { nationalCode: '0084575948', mobile: '09121234567', birthDate: '1990-01-02' },
    });
  });

  it('treats a failing service as an error, never as a result', async () => {
    const providers = vettingProviders(
      getEnv({ SAJAM_VETTING_PROVIDER: 'http', SAJAM_IDENTITY_HTTP_URL: `${base}/down`, SAJAM_INQUIRY_HTTP_URLS: `x=${base}/refs` }),
    );
    await expect(providers.identity.verify({ nationalCode: '0084575948', mobile: '09121234567', birthDate: null })).rejects.toThrow(/503/);
    expect(() => vettingProviders(getEnv({ SAJAM_VETTING_PROVIDER: 'http' }))).toThrow(/SAJAM_IDENTITY_HTTP_URL/);
  });
});
