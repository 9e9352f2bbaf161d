// What server.mjs refuses before Next.js reads a body, over a real socket.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimitFor, refuseMalformedPath, refuseUnacceptableBody } from './request-guard.mjs';

let server: Server;
let port: number;
let bodiesRead = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (refuseUnacceptableBody(req, res) || refuseMalformedPath(req, res)) return;
    req.on('data', () => {});
    req.on('end', () => {
      bodiesRead++;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Sends the headers (and optionally a body) and returns the status and JSON answer, without sending a declared body it never reads. */
function send(
  path: string,
  headers: Record<string, string | number>,
  body?: string | ((write: (chunk: string) => boolean) => void),
): Promise<{ status: number; json: { error?: string; message?: string } | null; text: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, json: text.startsWith('{') ? JSON.parse(text) : null, text, type: String(res.headers['content-type']) }),
      );
    });
    req.on('error', reject);
    if (typeof body === 'string') req.end(body);
    else if (body) body((chunk) => req.write(chunk));
    else req.flushHeaders();
  });
}

describe('request guard', () => {
  it('refuses a chunked body with 411, before reading any of it', async () => {
    const before = bodiesRead;
    const answer = await send('/api/reports', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, (write) => void write('{"kind":'));
    expect(answer.status).toBe(411);
    expect(answer.json?.message).toMatch(/[\u0600-\u06FF]/);
    expect(bodiesRead).toBe(before);
  });

  it('answers a page form posted without JavaScript with a Persian page that says nothing was saved', async () => {
    const answer = await send('/report', {
      accept: 'text/html,application/xhtml+xml',
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': 28 * 1024 * 1024,
    });
    expect(answer.status).toBe(413);
    expect(answer.type).toContain('text/html');
    expect(answer.text).toContain('dir="rtl"');
    expect(answer.text).toContain('۲۵ مگابایت');
    expect(answer.text).toContain('چیزی ذخیره نشد');
  });

  it('lets a page body up to 27 MiB through to Next, whose own limit is higher (three 9.1 MB photos gave a bare 500)', async () => {
    expect(bodyLimitFor('/report')).toBe(27 * 1024 * 1024);
    // @ts-expect-error next.config.mjs is plain JavaScript without types
    const config = (await import('../../next.config.mjs')).default as { experimental: { serverActions: { bodySizeLimit: string } } };
    const nextLimitMb = Number(/^(\d+)mb$/.exec(config.experimental.serverActions.bodySizeLimit)![1]);
    expect(nextLimitMb * 1024 * 1024).toBeGreaterThan(bodyLimitFor('/report'));
    expect(3 * 9.1e6).toBeLessThan(bodyLimitFor('/report'));
  });

  it('refuses a declared length past the route limit with 413 at once, whatever the body', async () => {
    expect((await send('/api/reports', { 'content-type': 'application/json', 'content-length': 30 * 1024 * 1024 })).status).toBe(413);
    expect((await send('/api/auth/callback/credentials', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': 20 * 1024 })).status).toBe(
      413,
    );
    expect((await send('/report', { 'content-type': 'multipart/form-data; boundary=x', 'content-length': 28 * 1024 * 1024 })).status).toBe(413);
    expect((await send('/api/reports', { 'content-type': 'application/json', 'content-length': 'abc' })).status).toBe(400);
    // A form without files is small: a 25 MB urlencoded post (900,000 made-up fields kept the server busy for seconds) is refused.
    expect((await send('/report/send', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': 25 * 1024 * 1024 })).status).toBe(413);
    expect((await send('/report', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': 257 * 1024 })).status).toBe(413);
  });

  it('refuses a multipart body without a boundary, and lets ordinary requests through', async () => {
    expect((await send('/track', { 'content-type': 'multipart/form-data', 'content-length': 3 }, 'abc')).status).toBe(400);
    const ok = await send('/api/auth/callback/credentials', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': 11 }, 'identifier=');
    expect(ok.status).toBe(200);
  });

  it('has one limit per kind of route', () => {
    expect(bodyLimitFor('/api/auth/signout')).toBe(16 * 1024);
    expect(bodyLimitFor('/api/reports')).toBe(26 * 1024 * 1024);
    expect(bodyLimitFor('/member/report')).toBe(27 * 1024 * 1024);
  });

  it('answers a path that cannot be decoded (%FF) with a Persian 404, not Next.js’s bare 500', async () => {
    for (const path of ['/verify/report/%FF', '/annual-reports/%E0%A4/pdf']) {
      const html = await send(path, { accept: 'text/html' }, '');
      expect(html.status).toBe(404);
      expect(html.text).toContain('پیدا نشد');
      const json = await send(path, {}, '');
      expect(json.status).toBe(404);
      expect(json.json?.error).toBe('NOT_FOUND');
    }
    expect((await send('/verify/report/%D8%A7', {}, '')).status).toBe(200);
  });
});
