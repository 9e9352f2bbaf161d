import 'server-only';
import { deriveKey } from '@/lib/crypto/keys';
import { signReporterLink } from './reporter-link';

let cachedKey: Buffer | undefined;

/** The key of the reporter's attachment links, derived for this purpose alone. */
export function reporterLinkKey(): Buffer {
  return (cachedKey ??= deriveKey('reporter-attachment-link'));
}

/**
 * The address at which the reporter opens one of their attachments for the next few minutes
 * (reporter-link.ts). Called only while building the author's projection, after the code or the account
 * was checked.
 */
export function reporterAttachmentHref(attachmentId: string, now: Date = new Date()): string {
  return `/api/attachments/${attachmentId}?t=${signReporterLink(reporterLinkKey(), attachmentId, now)}`;
}
