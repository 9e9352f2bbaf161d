import { describe, expect, it } from 'vitest';
import { publicCertificate } from './certificate-projection';

describe('the public projection of a certificate', () => {
  const row = {
    holderName: 'مریم احمدی',
    issuedAt: new Date('2026-01-01T08:00:00Z'),
    expiresAt: new Date('2028-01-01T20:30:00Z'),
    revokedAt: new Date('2026-06-01T08:00:00Z'),
    // Fields a wider row carries must not pass through.
    revokeReason: 'سند جعلی',
    userId: '0190c1c3-0000-7000-8000-000000000001',
    email: 'x@sajam.test',
    version: { version: 3, title: 'دوره پایه', validMonths: 24 },
  };

  it('gives exactly the allowed fields (adding one fails this test: decide first whether the public may see it)', () => {
    const view = publicCertificate(row, '7KQ2M-X9D4T', new Date('2026-07-01T00:00:00Z'));
    expect(Object.keys(view).sort()).toEqual(['code', 'courseTitle', 'expiresAt', 'holderName', 'issuedAt', 'state', 'version']);
    expect(view).toEqual({
      code: '7KQ2M-X9D4T',
      holderName: 'مریم احمدی',
      courseTitle: 'دوره پایه',
      version: 3,
      issuedAt: row.issuedAt,
      expiresAt: row.expiresAt,
      state: 'revoked',
    });
    expect(JSON.stringify(view)).not.toContain('سند جعلی');
  });
});
