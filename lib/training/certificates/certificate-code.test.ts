import { describe, expect, it } from 'vitest';
import { hashVerifyCode } from '@/lib/annual-report/verification-code';
import { hashTrackingCode } from '@/lib/tracking/code';
import {
  formatCertificateCode,
  generateCertificateCode,
  hashCertificateCode,
  normalizeCertificateCode,
  sealCertificateCode,
  unsealCertificateCode,
} from './certificate-code';

describe('certificate verification codes', () => {
  it('are two groups of five unambiguous characters, different each time', () => {
    const codes = Array.from({ length: 200 }, generateCertificateCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('read back however a person types them, and print as typed on paper', () => {
    expect(normalizeCertificateCode('۷kq2m x9d4t')).toBe('7KQ2MX9D4T');
    expect(normalizeCertificateCode('7KQ2M-X9D4O')).toBe('7KQ2MX9D40');
    expect(normalizeCertificateCode('7KQ2M-X9D4')).toBeNull();
    expect(formatCertificateCode('7KQ2MX9D4T')).toBe('7KQ2M-X9D4T');
  });

  it('hash apart from annual-report and tracking codes under the same key', () => {
    const hash = hashCertificateCode('7KQ2MX9D4T', 'k');
    expect(hash).toBe(hashCertificateCode('7KQ2MX9D4T', 'k'));
    expect(hash).not.toBe(hashVerifyCode('7KQ2MX9D4T', 'k'));
    expect(hash).not.toBe(hashTrackingCode('7KQ2MX9D4T', 'k'));
  });

  it('seal to a copy that opens to the code and hides it', () => {
    const sealed = sealCertificateCode('7KQ2M-X9D4T');
    expect(sealed).not.toContain('7KQ2M');
    expect(unsealCertificateCode(sealed)).toBe('7KQ2M-X9D4T');
    expect(unsealCertificateCode(`${sealed}x`)).toBeNull();
  });
});
