import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { notFound, forbidden, redirect, unauthorized } from 'next/navigation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFallbackStatus, handleWithResponseStatus, setResponseStatus } from './response-status.mjs';

const thrown = (fn: () => never) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
};

describe('accessFallbackStatus', () => {
  it("reads Next.js's unauthorized(), forbidden() and notFound(), and nothing else", () => {
    // What next.config's experimental.authInterrupts sets in the build.
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
    expect(accessFallbackStatus(thrown(unauthorized))).toBe(401);
    expect(accessFallbackStatus(thrown(forbidden))).toBe(403);
    delete process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS;
    expect(accessFallbackStatus(thrown(notFound))).toBe(404);
    expect(accessFallbackStatus(thrown(() => redirect('/login')))).toBeUndefined();
    expect(accessFallbackStatus(new Error('database down'))).toBeUndefined();
    expect(accessFallbackStatus(null)).toBeUndefined();
  });
});

describe('handleWithResponseStatus (server.mjs)', () => {
  // A stand-in for Next.js: renders after a few turns of the event loop, then answers 200 (or 307).
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) =>
      handleWithResponseStatus(req, res, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        const asked = new URL(req.url!, 'http://x').searchParams.get('status');
        await Promise.resolve().then(() => asked && setResponseStatus(Number(asked)));
        if (req.url!.startsWith('/redirect')) {
          res.writeHead(307, { location: '/login' }).end();
          return;
        }
        res.statusCode = 200;
        res.setHeader('content-type', 'text/html');
        res.end('<h1>page</h1>');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a document with the status its page asked for, and keeps its body', async () => {
    const res = await fetch(`${base}/admin?status=403`);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe('<h1>page</h1>');
    expect((await fetch(`${base}/admin`)).status).toBe(200);
  });

  it("leaves the client router's RSC fetches, server actions and redirects alone", async () => {
    expect((await fetch(`${base}/admin?status=403`, { headers: { rsc: '1' } })).status).toBe(200);
    expect((await fetch(`${base}/admin?status=403`, { headers: { 'next-action': 'abc' } })).status).toBe(200);
    expect((await fetch(`${base}/redirect?status=403`, { redirect: 'manual' })).status).toBe(307);
  });

  it('keeps concurrent requests apart', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`${base}/page?${i % 2 ? 'status=404' : ''}`).then((r) => r.status)));
    expect(answers).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 404 : 200)));
  });
});
