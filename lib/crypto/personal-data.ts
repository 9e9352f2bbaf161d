import 'server-only';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { deriveKey } from './keys';

/** Which personal field a value belongs to: bound into the ciphertext, so values cannot be swapped between fields. */
export type PersonalField = 'mobile' | 'nationalCode' | 'email';

const VERSION = 'v1';
let keys: { encryption: Buffer; index: Buffer } | undefined;

/** From SAJAM_DATA_KEY when set (recommended: then rotating the session secret never touches stored data). */
function dataKeys() {
  if (keys) return keys;
  const configured = getEnv().SAJAM_DATA_KEY;
  const derive = (purpose: string) =>
    configured ? Buffer.from(hkdfSync('sha256', configured, 'sajam-data', purpose, 32)) : deriveKey(`personal-data:${purpose}`);
  keys = { encryption: derive('encryption'), index: derive('blind-index') };
  return keys;
}

/** AES-256-GCM with a random IV; the field name is the associated data. */
export function encryptField(field: PersonalField, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKeys().encryption, iv);
  cipher.setAAD(Buffer.from(field));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, ...[iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url'))].join('.');
}

/** Throws when the key is wrong or the value was altered or moved from another field: never a silent wrong value. */
export function decryptField(field: PersonalField, stored: string): string {
  const [version, iv, body, tag] = stored.split('.');
  if (version !== VERSION || !iv || !body || !tag) throw new Error(`unreadable ${field}`);
  const decipher = createDecipheriv('aes-256-gcm', dataKeys().encryption, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(field));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/**
 * A keyed hash of the normalized value, for equality lookups and uniqueness (a blind index): the
 * database can find "this mobile" without holding it in the clear, and nobody without the key can
 * test guesses against it.
 */
export function blindIndex(field: PersonalField, normalized: string): string {
  return createHmac('sha256', dataKeys().index).update(`${field}:${normalized}`).digest('base64url');
}

/** 09121234567 → 0912•••4567; 0012345678 → ••••••5678. For people who need to recognise, not to read. */
export function maskPersonal(field: PersonalField, value: string): string {
  return field === 'mobile' ? `${value.slice(0, 4)}•••${value.slice(-4)}` : `${'•'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}

/** The stored form of a user's (normalized) mobile: ciphertext and blind index together. */
export function mobileColumns(mobile: string) {
  return { mobileEnc: encryptField('mobile', mobile), mobileIndex: blindIndex('mobile', mobile) };
}
