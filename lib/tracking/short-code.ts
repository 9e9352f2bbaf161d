// Short verification codes people type from paper (issues #17, #18): 10 characters of Crockford base32 (no I, L, O,
// U: nothing to misread) from the CSPRNG, 50 bits, shown as two groups of five (XXXXX-XXXXX). Each kind stores its
// codes as a keyed hash under its own purpose (hashCode in ./code.ts): the annual report's and the certificates'.
import { randomInt } from 'node:crypto';
import { normalizeIdentifier } from '@/lib/text/normalize';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHORT_CODE_LENGTH = 10;

/** A new code, formatted for people: "7KQ2M-X9D4T". */
export function generateShortCode(): string {
  return formatShortCode(Array.from({ length: SHORT_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
}

/** A canonical code (10 characters, as normalizeShortCode returns it) in its printed form: "7KQ2M-X9D4T". */
export function formatShortCode(compact: string): string {
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

/** What a person typed, made canonical (any case, Persian digits, dashes or spaces, I/L → 1, O → 0); null when it cannot be a code. */
export function normalizeShortCode(input: string): string | null {
  const compact = normalizeIdentifier(input)
    .toUpperCase()
    .replace(/[-_\s]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (compact.length !== SHORT_CODE_LENGTH || !/^[0-9A-HJKMNP-TV-Z]+$/.test(compact)) return null;
  return compact;
}
