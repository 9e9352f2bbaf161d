import { describe, expect, it } from 'vitest';
import { blindIndex, decryptField, encryptField, maskPersonal } from './personal-data';

// A fixed key: the unit project has no application secret of its own.
process.env.SAJAM_DATA_KEY ??= 'unit-test-data-key-unit-test-data-key-0000';

describe('personal data at rest', () => {
  it('round-trips through AES-256-GCM with a fresh IV each time', () => {
    const a = encryptField('nationalCode', '0084575948');
    const b = encryptField('nationalCode', '0084575948');
    expect(a).not.toBe(b);
    expect(a).not.toContain('0084575948');
    expect(decryptField('nationalCode', a)).toBe('0084575948');
  });

  it('refuses a value moved to another field or altered', () => {
    const stored = encryptField('mobile', '09121234567');
    expect(() => decryptField('nationalCode', stored)).toThrow();
    const [v, iv, body, tag] = stored.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptField('mobile', [v, iv, flipped.toString('base64url'), tag].join('.'))).toThrow();
  });

  it('indexes equal values equally, per field, without revealing them', () => {
    expect(blindIndex('mobile', '09121234567')).toBe(blindIndex('mobile', '09121234567'));
    expect(blindIndex('mobile', '09121234567')).not.toBe(blindIndex('mobile', '09121234568'));
    expect(blindIndex('mobile', '0012345678')).not.toBe(blindIndex('nationalCode', '0012345678'));
    expect(blindIndex('mobile', '09121234567')).not.toContain('1234567');
  });

  it('masks for recognition only', () => {
    expect(maskPersonal('mobile', '09121234567')).toBe('0912•••4567');
    expect(maskPersonal('nationalCode', '0084575948')).toBe('••••••5948');
  });
});
