import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and the WASM schema engine load their .wasm/.data files from paths Next's bundler rewrites wrongly.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@node-rs/argon2',
    'pg-boss',
    'nodemailer',
    // Loaded by Node itself (its cjs build), the same instance Vitest loads: lib/attachments patches
    // its stream decoder with an inflate budget against decompression bombs.
    'pdf-lib',
    // pino starts its transport in a worker thread, which bundling breaks.
    'pino',
    // The annual report PDF (issue #17): react-pdf brings its own React reconciler, which needs React's client
    // build as Node resolves it; bundled into the server layer it would get the react-server build (no hooks).
    '@react-pdf/renderer',
  ],
  // lib/annual-report/pdf/fonts.ts reads Vazirmatn's static TTFs from node_modules at run time (no import Next
  // could trace): ship them with every server route's output.
  outputFileTracingIncludes: {
    '/**': ['./node_modules/vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf', './node_modules/vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf'],
  },
  // Server actions carry report attachments: 5 files of up to 10 MB, 25 MB in all, plus the form. server.mjs
  // refuses bodies over 27 MiB first (lib/http/request-guard.mjs); Next's limit sits above that, so a body
  // the guard let through reaches the action and gets a field error, never Next's bare 500 (issue #11).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '28mb' } },
  poweredByHeader: false,
  // server.mjs compresses (brotli or gzip) after it has rewritten the public pages (lib/http/deferred-scripts.mjs).
  compress: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      {
        // Everywhere but the attachment downloads, which send their own, stricter `no-referrer` (a link that
        // opens a reporter's file must not leave in a Referer); a header set here would overwrite the route's.
        source: '/((?!api/attachments/).*)',
        headers: [
          // same-origin, not no-referrer: with no-referrer Chromium posts forms with `Origin: null`, and Next
          // refuses server actions from browsers without JavaScript. Referrers still never leave the site.
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
