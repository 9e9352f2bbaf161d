// What an agency's Open311 key looks like and how it is kept. Pure (the hashing key is passed in), so
// it is tested without a database. A key is `sjm_<prefix>.<secret>`: the prefix (16 hex characters) is
// stored in clear to find the key's row without a scan and is shown to administrators to tell keys
// apart; the secret (32 random bytes, base64url) is never stored — only HMAC-SHA256 of it under a key
// derived for this purpose alone (lib/crypto/keys.ts), so a copy of the database cannot be used to call
// the API, and a stolen hash cannot be checked offline without the application secret.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_TAG = 'sjm_';
const SHAPE = /^sjm_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/;

export type ParsedApiKey = { prefix: string; secret: string };

/** A new key: its prefix and secret, and the whole key as shown once to the administrator. */
export function newApiKey(): ParsedApiKey & { key: string } {
  const prefix = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secret, key: `${API_KEY_TAG}${prefix}.${secret}` };
}

/** The parts of a key as sent, or null for anything that is not one (whitespace around it is forgiven). */
export function parseApiKey(raw: string | null | undefined): ParsedApiKey | null {
  const match = raw ? SHAPE.exec(raw.trim()) : null;
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

export function hashApiKeySecret(hashKey: Buffer, secret: string): string {
  return createHmac('sha256', hashKey).update(`api-key:${secret}`).digest('base64url');
}

/** Whether `secret` is the one whose hash was stored; in constant time for hashes of the same length. */
export function apiKeySecretMatches(hashKey: Buffer, secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKeySecret(hashKey, secret));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
