import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REPORTER_LINK_TTL_MS, signReporterLink, verifyReporterLink } from './reporter-link';

const key = randomBytes(32);
const now = new Date('2026-12-01T10:00:00Z');

describe("a reporter's attachment link", () => {
  it('opens the attachment it was minted for until it expires', () => {
    const id = randomUUID();
    const token = signReporterLink(key, id, now);
    expect(verifyReporterLink(key, id, token, now)).toBe(true);
    expect(verifyReporterLink(key, id, token, new Date(now.getTime() + REPORTER_LINK_TTL_MS - 1000))).toBe(true);
    expect(verifyReporterLink(key, id, token, new Date(now.getTime() + REPORTER_LINK_TTL_MS))).toBe(false);
  });

  it('opens no other attachment, under no other key, and refuses anything altered or malformed', () => {
    const id = randomUUID();
    const token = signReporterLink(key, id, now);
    expect(verifyReporterLink(key, randomUUID(), token, now)).toBe(false);
    expect(verifyReporterLink(randomBytes(32), id, token, now)).toBe(false);
    const [expires, mac] = token.split('.') as [string, string];
    // A later expiry with the same MAC does not verify.
    expect(verifyReporterLink(key, id, `${(parseInt(expires, 36) + 3600).toString(36)}.${mac}`, now)).toBe(false);
    for (const bad of ['', '.', 'abc', `${expires}.`, `${expires}.${mac}x`, `${expires}.${mac.slice(1)}`, `zzzzzzzzzzz.${mac}`])
      expect(verifyReporterLink(key, id, bad, now)).toBe(false);
  });
});
