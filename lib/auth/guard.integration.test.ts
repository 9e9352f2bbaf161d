import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { inRequestScope } from '@/lib/testing/next-request-scope';
import { requirePermission } from './guard';

const digestOf = async (request: NextRequest) => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
  try {
    await inRequestScope(request, () => requirePermission('dashboard:province', '/province'));
    return null;
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  } finally {
    delete process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS;
  }
};

describe('page guard without a session', () => {
  it('sends a page view to the login page and back', async () => {
    expect(await digestOf(new NextRequest('http://localhost/province'))).toMatch(/^NEXT_REDIRECT;replace;\/login\?next=%2Fprovince;307;/);
  });

  it('answers a form post (no JavaScript) in place with 401 instead of a 307 that resends the form to /login', async () => {
    for (const type of ['multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'])
      expect(await digestOf(new NextRequest('http://localhost/reports/x', { method: 'POST', headers: { 'content-type': type } }))).toBe(
        'NEXT_HTTP_ERROR_FALLBACK;401',
      );
  });
});
