import 'server-only';
import { deriveKey } from './keys';
import { seal, unseal } from './seal';

/**
 * Seal and unseal (AES-256-GCM, lib/crypto/seal.ts) under a key derived for `purpose` alone, so the copies of one
 * kind never open with another's key. For codes printed on documents (the annual report's, the certificates'):
 * they are no secret from the document's holder, but a copy of the database by itself does not reveal them.
 */
export function purposeSeal(purpose: string): { seal: (plaintext: string) => string; unseal: (sealed: string) => string | null } {
  const key = () => deriveKey(purpose);
  return { seal: (plaintext) => seal(plaintext, key()), unseal: (sealed) => unseal(sealed, key()) };
}
