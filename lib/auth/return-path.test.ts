import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps same-site paths, encoded so they fit in a Location header', () => {
    expect(safeReturnPath('/province?x=1')).toBe('/province?x=1');
    expect(safeReturnPath('/reports/abc#history')).toBe('/reports/abc#history');
    // A Persian query made the redirect a 500 ("Invalid character in header content").
    const persian = safeReturnPath('/reports?q=چراغ خیابان');
    expect(persian).toBe('/reports?q=%DA%86%D8%B1%D8%A7%D8%BA%20%D8%AE%DB%8C%D8%A7%D8%A8%D8%A7%D9%86');
    expect(persian).toMatch(/^[\x21-\x7e]+$/);
    expect(safeReturnPath('/گزارش')).toBe('/%DA%AF%D8%B2%D8%A7%D8%B1%D8%B4');
  });

  it('sends every hostile value to the dashboard', () => {
    const hostile = [
      undefined,
      null,
      '',
      'province',
      'https://evil.example',
      'http://evil.example/x',
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\\/evil.example',
      '/\t/evil.example', // what `?next=/%09/evil.example` decodes to: the URL parser drops the tab
      '/\n/evil.example',
      '/\r\n/evil.example',
      '/ /evil.example'.replace(' ', '\u0009'),
      '/.//evil.example',
      '/..//evil.example',
      '/%2e%2e//evil.example',
      'javascript:alert(1)',
      '/javascript:alert(1)'.slice(1),
      ' /dashboard',
      'data:text/html,<script>alert(1)</script>',
      `/${'a'.repeat(3000)}`,
    ];
    for (const value of hostile) expect(safeReturnPath(value), JSON.stringify(value)).toBe('/dashboard');
  });

  it('never returns anything a browser would resolve to another origin', () => {
    const samples = ['/%2F%2Fevil.example', '/%5Cevil.example', '/%09/evil.example', '/a/../..//evil.example', '/@evil.example', '/:evil.example'];
    for (const value of samples) {
      const path = safeReturnPath(value);
      expect(new URL(path, 'https://sajam.example').origin, value).toBe('https://sajam.example');
      expect(path.startsWith('//'), value).toBe(false);
    }
  });
});
