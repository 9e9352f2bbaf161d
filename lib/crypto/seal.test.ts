import { describe, expect, it } from 'vitest';
import { keyFromToken, seal, unseal } from './seal';

describe('seal', () => {
  it('round-trips under the same token and fails under another or when altered', () => {
    const key = keyFromToken('form-token-1', 'tracking');
    const sealed = seal('7K2M-9QXH-4RT0-1ZBC', key);
    expect(sealed).not.toContain('7K2M');
    expect(unseal(sealed, key)).toBe('7K2M-9QXH-4RT0-1ZBC');
    expect(unseal(sealed, keyFromToken('form-token-2', 'tracking'))).toBeNull();
    // One bit of the tag flipped (editing base64 characters could leave the bytes unchanged: padding bits).
    const [iv, body, tag] = sealed.split('.');
    const bytes = Buffer.from(tag!, 'base64url');
    bytes[0]! ^= 1;
    expect(unseal([iv, body, bytes.toString('base64url')].join('.'), key)).toBeNull();
    expect(unseal('garbage', key)).toBeNull();
  });
});
