// A certificate's verification code (issue #18): printed on the PDF, shown to its holder, typed into
// /verify/certificate/<code>. A short code (lib/tracking/short-code.ts: XXXXX-XXXXX, Crockford base32, 50 bits from
// the CSPRNG), stored as a keyed hash under the tracking key with its own purpose "certificate" (so an annual
// report's code never finds a certificate), and sealed for the holder's page and the PDF.
import 'server-only';
import { purposeSeal } from '@/lib/crypto/purpose-seal';
import { hashCode } from '@/lib/tracking/code';

export {
  formatShortCode as formatCertificateCode,
  generateShortCode as generateCertificateCode,
  normalizeShortCode as normalizeCertificateCode,
} from '@/lib/tracking/short-code';

/** The stored form of a normalized code (Certificate.codeHash): HMAC-SHA256 under `key`, purpose "certificate". */
export function hashCertificateCode(normalized: string, key: string): string {
  return hashCode('certificate', normalized, key);
}

const sealer = purposeSeal('certificate-code');

/** The code as printed (XXXXX-XXXXX), sealed for Certificate.codeSealed. */
export const sealCertificateCode = (code: string): string => sealer.seal(code);

/** Null when the sealed text was altered or the application secret changed. */
export const unsealCertificateCode = (sealed: string): string | null => sealer.unseal(sealed);
