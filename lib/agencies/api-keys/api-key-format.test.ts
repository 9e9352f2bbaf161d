import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiKeySecretMatches, hashApiKeySecret, newApiKey, parseApiKey } from './api-key-format';

const hashKey = randomBytes(32);

describe('API key format', () => {
  it('makes keys that parse back into their prefix and secret', () => {
    const { key, prefix, secret } = newApiKey();
    expect(key).toMatch(/^sjm_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(parseApiKey(key)).toEqual({ prefix, secret });
    expect(parseApiKey(` ${key}\n`)).toEqual({ prefix, secret });
    expect(newApiKey().prefix).not.toBe(prefix);
  });

  it('refuses anything else', () => {
    const { key } = newApiKey();
    for (const bad of [null, undefined, '', 'sjm_', key.slice(0, -1), `${key}x`, key.replace('sjm_', 'sk_'), key.replace('.', ':'), key.toUpperCase()])
      expect(parseApiKey(bad), String(bad)).toBeNull();
  });

  it('checks a secret against its stored HMAC, and nothing else against it', () => {
    const { secret } = newApiKey();
    const stored = hashApiKeySecret(hashKey, secret);
    expect(stored).not.toContain(secret);
    expect(apiKeySecretMatches(hashKey, secret, stored)).toBe(true);
    expect(apiKeySecretMatches(hashKey, newApiKey().secret, stored)).toBe(false);
    expect(apiKeySecretMatches(randomBytes(32), secret, stored)).toBe(false);
    expect(apiKeySecretMatches(hashKey, secret, 'short')).toBe(false);
  });
});
