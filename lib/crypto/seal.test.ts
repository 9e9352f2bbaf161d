import { describe, expect, it } from 'vitest';
import { keyFromToken, seal, unseal } from './seal';

describe('seal', () => {
  it('round-trips under the same token and fails under another or when altered', () => {
    const key = keyFromToken('form-token-1', 'tracking');
    const sealed = seal('7K2M-9QXH-4RT0-1ZBC', key);
    expect(sealed).not.toContain('7K2M');
    expect(unseal(sealed, key)).toBe('7K2M-9QXH-4RT0-1ZBC');
    expect(unseal(sealed, keyFromToken('form-token-2', 'tracking'))).toBeNull();
    expect(unseal(sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA'), key)).toBeNull();
    expect(unseal('garbage', key)).toBeNull();
  });
});
