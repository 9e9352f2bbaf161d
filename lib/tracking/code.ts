// Tracking codes: the anonymous reporter's only key to their report. 80 random bits from the
// CSPRNG, written as 16 Crockford base32 characters (XXXX-XXXX-XXXX-XXXX), stored only as a keyed hash.
import { createHmac, randomBytes } from 'node:crypto';
import { base32crockford } from '@scure/base';
import { normalizeIdentifier } from '@/lib/text/normalize';

export const TRACKING_CODE_BYTES = 10; // 80 bits → exactly 16 base32 characters
const CODE_LENGTH = 16;

/** A new code, formatted for people: four groups of four. */
export function generateTrackingCode(): string {
  return formatTrackingCode(base32crockford.encode(randomBytes(TRACKING_CODE_BYTES)));
}

export function formatTrackingCode(compact: string): string {
  return compact.match(/.{4}/g)!.join('-');
}

/**
 * What people type or paste back, made canonical: the one identifier normalization (invisible marks,
 * full-width letters, Persian or Arabic digits, any dash or space), any case, and Crockford's look-alikes
 * (I, L → 1; O → 0). Null when it cannot be a code.
 */
export function normalizeTrackingCode(input: string): string | null {
  const compact = normalizeIdentifier(input).toUpperCase().replace(/[-_]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (compact.length !== CODE_LENGTH || !/^[0-9A-HJKMNP-TV-Z]+$/.test(compact)) return null;
  return compact;
}

/** The stored form: HMAC-SHA256 under the tracking key, so a stolen database cannot be brute-forced offline without the key. */
export function hashTrackingCode(normalized: string, key: string): string {
  return hashCode('tracking', normalized, key);
}

/**
 * Any short code people type, stored the tracking codes' way (an HMAC under the tracking key); `purpose` keeps the
 * kinds apart, so one code can never be looked up as another kind. Used by the annual report's and the certificates' verification codes.
 */
export function hashCode(purpose: 'tracking' | 'annual-report' | 'certificate', normalized: string, key: string): string {
  return createHmac('sha256', key).update(`${purpose}:${normalized}`).digest('base64url');
}
