import 'server-only';
import { deriveKey } from '@/lib/crypto/keys';

let cached: Buffer | undefined;

/** The key under which API key secrets are hashed (api-key-format.ts), derived for this purpose alone. */
export function apiKeyHashKey(): Buffer {
  return (cached ??= deriveKey('open311-api-key'));
}
