import 'server-only';
import { trackingKey } from '@/lib/crypto/keys';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit/public-limits';
import { formatCertificateCode, hashCertificateCode, normalizeCertificateCode } from './certificate-code';
import { publicCertificate, type PublicCertificate } from './certificate-projection';

/**
 * Public (no login; issue #18 `/verify/certificate/<code>`): the certificate Sajam issued under `code`, typed any way
 * a person types it (lower case, Persian digits, spaces, look-alike letters), as the public projection only — holder
 * name, course title and version, issue and expiry instants, and its state at `now` (valid, expired or revoked; never
 * why). Each call counts against the client's 'verifyCertificate' limit (lib/rate-limit/public-limits.ts).
 * @throws AppError RATE_LIMITED (with retryAfterSeconds); NOT_FOUND for a malformed or unknown code (alike)
 */
export async function verifyCertificate({ code, rateKey, now = new Date() }: { code: string; rateKey: string; now?: Date }): Promise<PublicCertificate> {
  await consumeLimit('verifyCertificate', rateKey);
  const normalized = normalizeCertificateCode(code);
  if (!normalized) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const row = await db.certificate.findUnique({
    where: { codeHash: hashCertificateCode(normalized, trackingKey()) },
    select: { holderName: true, issuedAt: true, expiresAt: true, revokedAt: true, version: { select: { version: true, title: true } } },
  });
  if (!row) throw new AppError('NOT_FOUND');
  return publicCertificate(row, formatCertificateCode(normalized), now);
}
