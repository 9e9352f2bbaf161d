import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps same-site paths and replaces everything else with the dashboard', () => {
    expect(safeReturnPath('/province?x=1')).toBe('/province?x=1');
    for (const bad of [undefined, null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'province']) {
      expect(safeReturnPath(bad)).toBe('/dashboard');
    }
  });
});
