// The production entry point (`npm start`): Next.js behind a plain Node HTTP server, for one reason —
// the client's TCP address. Next.js does not expose the socket to route handlers or server actions,
// and the `X-Forwarded-For` it passes on is whatever the client wrote. This server stamps the real
// peer address on every request (lib/http/stamp-peer.mjs) so that rate limits key on it
// (lib/http/client-address.ts, SAJAM_TRUSTED_PROXIES for deployments behind a reverse proxy).
//
// It also refuses, before Next.js buffers them, request bodies that do not declare their length or
// declare more than the route takes (lib/http/request-guard.mjs), and gives a page that renders the
// 403 or 404 page itself its status (lib/http/response-status.mjs, app/fallback-pages.tsx).
//
// A form Next.js itself refuses (cross-site, unreadable, from a page older than the deploy) gets a Persian
// page instead of Next's bare English text (lib/http/refused-form.mjs).
//
// And it owns the way out: the public pages' HTML loses its scripts until a visitor starts to write
// (lib/http/deferred-scripts.mjs, issue #12), then everything is compressed here (brotli or gzip; Next's
// own compression is off in next.config.mjs, since it would compress before that rewrite could read the
// page).
//
// Usage: node server.mjs [-p PORT] [-H HOST]   (PORT / HOST from the environment otherwise;
// default 3000 on all interfaces, like `next start`; `npm run demo` defaults to 127.0.0.1).
import { createServer } from 'node:http';
import zlib from 'node:zlib';
import compression from 'compression';
import { deferScripts } from './lib/http/deferred-scripts.mjs';
import { explainRefusedForms } from './lib/http/refused-form.mjs';
import { listenAddress, siteUrl } from './lib/http/listen-address.mjs';
import { refuseMalformedPath, refuseUnacceptableBody } from './lib/http/request-guard.mjs';
import { handleWithResponseStatus } from './lib/http/response-status.mjs';
import { dropUntrustedForwardedHost, ensurePeerToken, stampPeer } from './lib/http/stamp-peer.mjs';

const { port, hostname } = listenAddress(process.argv, process.env);
process.env.NODE_ENV ??= 'production';
const token = ensurePeerToken();

const { default: next } = await import('next');
const app = next({ dev: false, dir: import.meta.dirname, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

// Brotli quality 5 (the package's default is 4): a page compresses about 10% smaller for little CPU.
const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } });

const server = createServer((req, res) => {
  if (refuseUnacceptableBody(req, res) || refuseMalformedPath(req, res)) return;
  stampPeer(req, token);
  dropUntrustedForwardedHost(req);
  compress(req, res, () => {
    explainRefusedForms(req, res);
    deferScripts(req, res);
    handleWithResponseStatus(req, res, () => handle(req, res)).catch((error) => {
      console.error('request failed', error instanceof Error ? error.name : typeof error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
});
server.listen(port, hostname, () => {
  const url = siteUrl({ hostname, port });
  console.log(url ? `Sajam listening on ${url}` : `Sajam listening on port ${port}, all interfaces`);
  // A hop count believes the right-most X-Forwarded-For entries: a client that reaches this port
  // directly, not through the proxy, could then choose its own address (docs/deploy.md).
  if (/^\s*[1-9]\d*\s*$/.test(process.env.SAJAM_TRUSTED_PROXIES ?? '') && !/^(127\.|::1$|localhost$)/.test(hostname ?? '')) {
    console.warn(
      'SAJAM_TRUSTED_PROXIES is a hop count but the server listens beyond loopback: make sure only the proxy can reach it, or list the proxies by address.',
    );
  }
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
