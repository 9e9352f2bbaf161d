import { describe, expect, it } from 'vitest';
// @ts-expect-error: Next's compiled copy of path-to-regexp (the matcher of `source`) ships no types.
import { pathToRegexp as compile } from 'next/dist/compiled/path-to-regexp';
// @ts-expect-error: the configuration is plain JavaScript.
import config from '@/next.config.mjs';

type HeaderRule = { source: string; headers: { key: string; value: string }[] };
const nextConfig = config as { headers?: () => Promise<HeaderRule[]> };
const pathToRegexp = compile as (source: string, keys: unknown[], options: Record<string, unknown>) => RegExp;

/** The headers next.config.mjs sets on a path, as Next.js matches its `source` patterns. */
async function configuredHeaders(path: string): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const set: Record<string, string> = {};
  for (const rule of rules)
    if (pathToRegexp(rule.source, [], { strict: true, sensitive: false, delimiter: '/' }).test(path)) for (const h of rule.headers) set[h.key] = h.value;
  return set;
}

// Red-team of issue #13, finding 6: the global `Referrer-Policy: same-origin` overwrote the attachment
// route's own `no-referrer`.
describe('security headers (next.config.mjs)', () => {
  it('leaves the attachment route its stricter Referrer-Policy, and sets the site-wide one everywhere else', async () => {
    const attachment = await configuredHeaders('/api/attachments/0190a0b2-0000-7000-8000-000000000000');
    expect(attachment['Referrer-Policy']).toBeUndefined();
    expect(attachment['X-Content-Type-Options']).toBe('nosniff');
    for (const path of ['/', '/track', '/reports/abc', '/api/reports', '/api/attachments'])
      expect((await configuredHeaders(path))['Referrer-Policy'], path).toBe('same-origin');
  });
});
