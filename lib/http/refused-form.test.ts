import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainRefusedForms } from './refused-form.mjs';

// A stand-in for Next.js answering form posts the way it does before any of Sajam's code runs.
describe('explainRefusedForms (server.mjs)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      explainRefusedForms(req, res);
      const status = Number(new URL(req.url!, 'http://x').searchParams.get('status') ?? 200);
      const type = new URL(req.url!, 'http://x').searchParams.get('type') ?? 'text/plain';
      res.statusCode = status;
      res.setHeader('content-type', type);
      res.end(status === 409 ? 'Server Action unavailable.' : 'Internal Server Error');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = async (path: string, headers: Record<string, string> = {}, method = 'POST') => {
    const res = await fetch(base + path, { method, headers, body: method === 'POST' ? 'x=1' : undefined });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  it('answers a refused form post (cross-site, unreadable) with the Persian page, keeping the status', async () => {
    const answer = await post('/report?status=500');
    expect(answer.status).toBe(500);
    expect(answer.type).toContain('text/html');
    expect(answer.text).toContain('dir="rtl"');
    expect(answer.text).toContain('ارسال پذیرفته نشد');
    expect(answer.text).toContain('چیزی ذخیره نشد');
    expect(answer.text).not.toContain('Internal Server Error');
  });

  // Red-team of issue #13, finding 8: a cross-site post without JavaScript answered Next's 500.
  it('answers 403 to a form posted from another site, and only to that', async () => {
    const crossSite = await post('/report?status=500', { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.text).toContain('ارسال پذیرفته نشد');
    const sameSite = await post('/report?status=500', { origin: base });
    expect(sameSite.status).toBe(500);
    expect((await post('/report?status=500')).status).toBe(500);
    expect((await post('/report?status=500', { origin: 'null' })).status).toBe(500);
    expect((await post('/track?status=409', { origin: 'https://evil.example' })).status).toBe(409);
  });

  it('says a page from before a deploy must be opened again (409)', async () => {
    const answer = await post('/track?status=409');
    expect(answer.status).toBe(409);
    expect(answer.text).toContain('نسخهٔ پیشین سجام');
    expect(answer.text).not.toContain('Server Action unavailable');
  });

  it('leaves everything else alone: successes, HTML error pages, scripts' + "'" + ' actions, the API, GETs', async () => {
    expect((await post('/report?status=200')).text).toBe('Internal Server Error');
    expect((await post('/report?status=500&type=text/html')).text).toBe('Internal Server Error');
    expect((await post('/report?status=500', { 'next-action': 'abc' })).text).toBe('Internal Server Error');
    expect((await post('/api/reports?status=500')).text).toBe('Internal Server Error');
    expect((await post('/report?status=500', {}, 'GET')).text).toBe('Internal Server Error');
  });
});
