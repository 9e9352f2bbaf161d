// The annual report's verification code (issue #17): printed on the PDF and typed into /verify/report/<code>.
// 10 characters of Crockford base32 (no I, L, O, U: nothing to misread) from the CSPRNG, 50 bits, shown as two
// groups of five (XXXXX-XXXXX). Stored as a keyed hash, the way tracking codes are (lib/tracking/code.ts).
import { randomInt } from 'node:crypto';
import { normalizeIdentifier } from '@/lib/text/normalize';
import { hashCode } from '@/lib/tracking/code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFY_CODE_LENGTH = 10;

/** A new code, formatted for people: "7KQ2M-X9D4T". */
export function generateVerifyCode(): string {
  const compact = Array.from({ length: VERIFY_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

/** What a person typed, made canonical (any case, Persian digits, dashes or spaces, I/L → 1, O → 0); null when it cannot be a code. */
export function normalizeVerifyCode(input: string): string | null {
  const compact = normalizeIdentifier(input)
    .toUpperCase()
    .replace(/[-_\s]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (compact.length !== VERIFY_CODE_LENGTH || !/^[0-9A-HJKMNP-TV-Z]+$/.test(compact)) return null;
  return compact;
}

/** The stored form (HMAC under the tracking key, purpose "annual-report"). */
export function hashVerifyCode(normalized: string, key: string): string {
  return hashCode('annual-report', normalized, key);
}
