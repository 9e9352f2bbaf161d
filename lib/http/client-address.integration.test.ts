// The peer stamp over a real socket: what server.mjs does in production, and what the rate limits key on.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientKey } from '@/lib/crypto/client-key';
import { ensurePeerToken, stampPeer } from './stamp-peer.mjs';

let server: Server;
let url: string;

beforeAll(async () => {
  const token = ensurePeerToken();
  server = createServer((req, res) => {
    stampPeer(req, token);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    res.end(clientKey(headers));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  delete process.env.SAJAM_TRUSTED_PROXIES;
});

const keyFor = async (headers: Record<string, string>) => (await fetch(url, { headers })).text();

describe('client key behind server.mjs', () => {
  it('does not change when the client rotates X-Forwarded-For or forges the peer header', async () => {
    delete process.env.SAJAM_TRUSTED_PROXIES;
    const plain = await keyFor({});
    for (let n = 0; n < 10; n++) {
      expect(await keyFor({ 'x-forwarded-for': `10.1.1.${n}, 127.0.0.1` })).toBe(plain);
      expect(await keyFor({ 'x-sajam-peer': `guess 10.2.2.${n}`, 'x-real-ip': `10.3.3.${n}` })).toBe(plain);
    }
  });

  it('behind one trusted proxy, keys on the address that proxy appended, not on what the client wrote', async () => {
    process.env.SAJAM_TRUSTED_PROXIES = '1';
    const client = await keyFor({ 'x-forwarded-for': '203.0.113.7' });
    for (let n = 0; n < 10; n++) expect(await keyFor({ 'x-forwarded-for': `10.1.1.${n}, 203.0.113.7` })).toBe(client);
    expect(await keyFor({ 'x-forwarded-for': '203.0.113.8' })).not.toBe(client);
  });
});
