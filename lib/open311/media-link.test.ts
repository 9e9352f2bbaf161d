import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MEDIA_LINK_TTL_MS, signMediaLink, verifyMediaLink } from './media-link';

const key = randomBytes(32);
const attachment = randomUUID();
const referral = randomUUID();
const now = new Date('2026-12-01T10:00:00Z');

describe('media links', () => {
  it('open one attachment under one referral until they expire', () => {
    const token = signMediaLink(key, attachment, referral, now);
    expect(verifyMediaLink(key, attachment, referral, token, now)).toBe(true);
    expect(verifyMediaLink(key, attachment, referral, token, new Date(now.getTime() + MEDIA_LINK_TTL_MS - 1000))).toBe(true);
    expect(verifyMediaLink(key, attachment, referral, token, new Date(now.getTime() + MEDIA_LINK_TTL_MS + 1000))).toBe(false);
  });

  it('refuse another attachment, another referral, another key or an altered token', () => {
    const token = signMediaLink(key, attachment, referral, now);
    expect(verifyMediaLink(key, randomUUID(), referral, token, now)).toBe(false);
    expect(verifyMediaLink(key, attachment, randomUUID(), token, now)).toBe(false);
    expect(verifyMediaLink(randomBytes(32), attachment, referral, token, now)).toBe(false);
    const [expires, sig] = token.split('.') as [string, string];
    expect(verifyMediaLink(key, attachment, referral, `${(parseInt(expires, 36) + 3600).toString(36)}.${sig}`, now)).toBe(false);
    expect(verifyMediaLink(key, attachment, referral, `${expires}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BA' : 'AA'}`, now)).toBe(false);
    for (const bad of ['', '.', 'x', `${expires}.`, `${expires}.${sig}.`, `-1.${sig}`])
      expect(verifyMediaLink(key, attachment, referral, bad, now), bad).toBe(false);
  });
});
