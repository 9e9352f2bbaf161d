import { describe, expect, it } from 'vitest';
import { generateVerifyCode, hashVerifyCode, normalizeVerifyCode } from './verification-code';
import { hashTrackingCode } from '@/lib/tracking/code';

describe('annual report verification codes', () => {
  it('are two groups of five unambiguous characters, different each time', () => {
    const codes = Array.from({ length: 200 }, generateVerifyCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('read back however a person types them: lower case, Persian digits, spaces, look-alike letters', () => {
    expect(normalizeVerifyCode('7kq2m-x9d4t')).toBe('7KQ2MX9D4T');
    expect(normalizeVerifyCode('۷KQ2M X9D4T')).toBe('7KQ2MX9D4T');
    expect(normalizeVerifyCode('7KQ2M-X9D4O')).toBe('7KQ2MX9D40');
    expect(normalizeVerifyCode('7KQ2M-X9D4')).toBeNull();
    expect(normalizeVerifyCode('7KQ2M-X9D4U')).toBeNull();
  });

  it('hash apart from tracking codes under the same key', () => {
    expect(hashVerifyCode('7KQ2MX9D4T', 'k')).not.toBe(hashTrackingCode('7KQ2MX9D4T', 'k'));
    expect(hashVerifyCode('7KQ2MX9D4T', 'k')).toBe(hashVerifyCode('7KQ2MX9D4T', 'k'));
  });
});
