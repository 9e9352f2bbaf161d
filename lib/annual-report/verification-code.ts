// The annual report's verification code (issue #17): printed on the PDF and typed into /verify/report/<code>.
// A short code (lib/tracking/short-code.ts), stored as a keyed hash the way tracking codes are (lib/tracking/code.ts).
import { hashCode } from '@/lib/tracking/code';

export {
  SHORT_CODE_LENGTH as VERIFY_CODE_LENGTH,
  generateShortCode as generateVerifyCode,
  normalizeShortCode as normalizeVerifyCode,
} from '@/lib/tracking/short-code';

/** The stored form (HMAC under the tracking key, purpose "annual-report"). */
export function hashVerifyCode(normalized: string, key: string): string {
  return hashCode('annual-report', normalized, key);
}
