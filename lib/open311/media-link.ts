// media_url: an agency's system fetches the report's cleaned attachments without a session, by a link
// that carries its own proof, as the reporter's links do (lib/attachments/reporter-link.ts): an expiry and
// an HMAC over the attachment, the referral it was listed under and that expiry, under a key derived for
// this purpose alone. The referral is named so the download can check it is still live (a withdrawn
// referral closes the report to the agency, links already handed out included). Pure: the key is passed in.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Long enough for a system to fetch what it just listed; short enough that a leaked link soon dies. */
export const MEDIA_LINK_TTL_MS = 60 * 60 * 1000;

const mac = (key: Buffer, attachmentId: string, referralId: string, expires: number) =>
  createHmac('sha256', key).update(`open311-media:${attachmentId}:${referralId}:${expires}`).digest('base64url');

/** `<expiry in seconds, base 36>.<HMAC>`. */
export function signMediaLink(key: Buffer, attachmentId: string, referralId: string, now: Date = new Date(), ttlMs: number = MEDIA_LINK_TTL_MS): string {
  const expires = Math.floor((now.getTime() + ttlMs) / 1000);
  return `${expires.toString(36)}.${mac(key, attachmentId, referralId, expires)}`;
}

/** Whether the token was minted for this attachment under this referral and has not expired. Anything malformed is invalid. */
export function verifyMediaLink(key: Buffer, attachmentId: string, referralId: string, token: string, now: Date = new Date()): boolean {
  const match = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const expires = parseInt(match[1]!, 36);
  if (!Number.isSafeInteger(expires) || expires * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(mac(key, attachmentId, referralId, expires));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
