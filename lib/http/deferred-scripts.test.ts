import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import compression from 'compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptDeferrer, deferScripts, DEFERRED_TYPE, LOADER, LOADER_SHA256, wantsDeferredScripts } from './deferred-scripts.mjs';

// A page as Next.js 16 writes it (shortened): async chunks and a low-priority preload in <head>, a
// nomodule polyfill, the Turbopack bootstrap and React's flight data as inline scripts.
const PAGE = [
  '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>',
  '<script src="/_next/static/chunks/r.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<title>ثبت گزارش · سجام</title></head><body><main><form><input name="x"/></form></main>',
  '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({"otherChunks":["static/chunks/w.js"]})</script>',
  '<script>self.__next_f.push([1,"گزارش \\u003cb\\u003e"])</script><script src="/_next/static/chunks/late.js" async=""></script></body></html>',
].join('');

async function rewrite(chunks: string[]) {
  const rewriter = createScriptDeferrer();
  let out = '';
  rewriter.on('data', (text: string) => (out += text));
  const ended = new Promise((resolve) => rewriter.on('end', resolve));
  for (const c of chunks) rewriter.write(c);
  rewriter.end();
  await ended;
  return out;
}

describe('createScriptDeferrer', () => {
  it('makes every script inert, drops script preloads, puts the loader first, and keeps the rest byte for byte', async () => {
    const out = await rewrite([PAGE]);
    // The only script left with a src is the nomodule polyfill, which modern browsers never fetch.
    expect(out.match(/<script[^>]*\ssrc=[^>]*>/gi)).toEqual(['<script src="/_next/static/chunks/p.js" noModule="">']);
    expect(out.match(new RegExp(`<script type="${DEFERRED_TYPE}" data-src="[^"]+"></script>`, 'g'))).toEqual([
      `<script type="${DEFERRED_TYPE}" data-src="/_next/static/chunks/r.js"></script>`,
      `<script type="${DEFERRED_TYPE}" data-src="/_next/static/chunks/late.js"></script>`,
    ]);
    expect(out).not.toContain('as="script"');
    expect(out).toContain('<head><script>' + LOADER + '</script><meta charSet="utf-8"/>');
    // Untouched: the stylesheet, the font preload, the nomodule polyfill (never fetched by modern browsers),
    // the inline bootstrap and flight data, the Persian text.
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
      '<script src="/_next/static/chunks/p.js" noModule="">',
      '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({"otherChunks":["static/chunks/w.js"]})</script>',
      '<script>self.__next_f.push([1,"گزارش \\u003cb\\u003e"])</script>',
      '<title>ثبت گزارش · سجام</title>',
    ])
      expect(out).toContain(kept);
  });

  it('gives the same page whatever the chunk boundaries (a tag or a Persian letter split in two)', async () => {
    const whole = await rewrite([PAGE]);
    for (const size of [1, 7, 64, 333]) {
      const chunks = [];
      for (let i = 0; i < PAGE.length; i += size) chunks.push(PAGE.slice(i, i + size));
      expect(await rewrite(chunks)).toBe(whole);
    }
  });

  it('publishes the hash a Content-Security-Policy would allow the loader by', async () => {
    const { createHash } = await import('node:crypto');
    expect(LOADER_SHA256).toBe(createHash('sha256').update(LOADER).digest('base64'));
  });
});

describe('wantsDeferredScripts', () => {
  const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, headers, method }) as never;
  it('defers the public pages, documents only', () => {
    for (const url of ['/', '/report', '/report?topic=3', '/track', '/track/', '/join', '/login', '/login/reset', '/help', '/privacy'])
      expect(wantsDeferredScripts(req(url)), url).toBe(true);
    // A no-JavaScript form post answers a page too.
    expect(wantsDeferredScripts(req('/report', {}, 'POST'))).toBe(true);
  });
  it('leaves staff pages, the client router, server actions, files and API alone, and can be switched off', () => {
    for (const url of ['/national', '/reports/abc', '/api/reports', '/_next/static/chunks/a.js', '/reportx'])
      expect(wantsDeferredScripts(req(url)), url).toBe(false);
    expect(wantsDeferredScripts(req('/report', { rsc: '1' }))).toBe(false);
    expect(wantsDeferredScripts(req('/report', { 'next-action': 'abc' }, 'POST'))).toBe(false);
    expect(wantsDeferredScripts(req('/report'), { SAJAM_DEFER_SCRIPTS: 'off' } as never)).toBe(false);
  });
});

describe('deferScripts behind compression (server.mjs)', () => {
  // A stand-in for Next.js that streams the page in three writes with its head sent first, like
  // pipe-readable.js: flushHeaders, then write + flush per chunk, then end.
  let server: Server;
  let base: string;
  const compress = compression();
  beforeAll(async () => {
    server = createServer((req, res) =>
      compress(req as never, res as never, () => {
        deferScripts(req, res);
        if (req.url === '/api/reports') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"script":"<script src=x>"}');
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.flushHeaders();
        const bytes = Buffer.from(PAGE);
        // Split inside a Persian letter (2 bytes in UTF-8) on purpose.
        const cut = bytes.indexOf(Buffer.from('گزارش')) + 1;
        res.write(bytes.subarray(0, 50));
        setTimeout(() => {
          res.write(bytes.subarray(50, cut));
          setTimeout(() => res.end(bytes.subarray(cut)), 5);
        }, 5);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('rewrites the public page, then compresses it', async () => {
    const res = await fetch(`${base}/report`, { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    // fetch would decode it; read the raw bytes to be sure what crossed the wire was compressed.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${base}/report`, { headers: { 'accept-encoding': 'br' } }, (r) => {
          const parts: Buffer[] = [];
          r.on('data', (c) => parts.push(c))
            .on('end', () => resolve(Buffer.concat(parts)))
            .on('error', reject);
        }),
      );
    });
    const page = brotliDecompressSync(raw).toString('utf8');
    expect(page).toBe(await rewrite([PAGE]));
    expect(page).toContain('گزارش');
  });

  it('leaves other answers as they are', async () => {
    expect(await (await fetch(`${base}/api/reports`)).text()).toBe('{"script":"<script src=x>"}');
    expect(await (await fetch(`${base}/national`)).text()).toBe(PAGE);
  });
});
