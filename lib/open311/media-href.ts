import 'server-only';
import { deriveKey } from '@/lib/crypto/keys';
import { signMediaLink } from './media-link';

let cachedKey: Buffer | undefined;

/** The key of Open311 media links, derived for this purpose alone (not the reporter's links' key). */
export function mediaLinkKey(): Buffer {
  return (cachedKey ??= deriveKey('open311-media-link'));
}

/** The absolute address at which the agency's system fetches one attachment for the next hour. */
export function mediaHref(baseUrl: string, attachmentId: string, referralId: string, now: Date = new Date()): string {
  const url = new URL(`/api/open311/v2/media/${attachmentId}`, baseUrl);
  url.searchParams.set('r', referralId);
  url.searchParams.set('t', signMediaLink(mediaLinkKey(), attachmentId, referralId, now));
  return url.toString();
}
