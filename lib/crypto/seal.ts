// AES-256-GCM for small secrets: iv.ciphertext.tag, base64url. The key is whatever the caller derives.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export function keyFromToken(token: string, context: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, 'sajam-seal', context, 32));
}

export function seal(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
}

/** Null when the key is wrong or the text was altered. */
export function unseal(sealed: string, key: Buffer): string | null {
  const [iv, body, tag] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
