// A reporter opens their own attachments by a short-lived link, never by their tracking code: a code in a
// URL would stay in the browser's history, in a proxy's log and in a screenshot, and it opens the whole
// case for good. The link instead carries an expiry and an HMAC over the attachment's id and that expiry,
// under a key of its own (lib/crypto/keys.ts), minted only for someone who has just shown the code (or
// their account): it opens that one file, for a few minutes, and nothing else.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Long enough to read the page and tap a file on a slow phone; short enough that a leaked link soon dies. */
export const REPORTER_LINK_TTL_MS = 30 * 60 * 1000;

const mac = (key: Buffer, attachmentId: string, expires: number) =>
  createHmac('sha256', key).update(`reporter-attachment:${attachmentId}:${expires}`).digest('base64url');

/** `<expiry in seconds, base 36>.<HMAC>`, for `/api/attachments/<id>?t=…`. */
export function signReporterLink(key: Buffer, attachmentId: string, now: Date = new Date(), ttlMs: number = REPORTER_LINK_TTL_MS): string {
  const expires = Math.floor((now.getTime() + ttlMs) / 1000);
  return `${expires.toString(36)}.${mac(key, attachmentId, expires)}`;
}

/** Whether the token was minted for this attachment and has not expired. Anything malformed is simply invalid. */
export function verifyReporterLink(key: Buffer, attachmentId: string, token: string, now: Date = new Date()): boolean {
  const match = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const expires = parseInt(match[1]!, 36);
  if (!Number.isSafeInteger(expires) || expires * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(mac(key, attachmentId, expires));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
