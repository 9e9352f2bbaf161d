import 'server-only';
import { getDb } from '@/lib/db/client';
import { apiKeySecretMatches, hashApiKeySecret, parseApiKey } from './api-key-format';
import { apiKeyHashKey } from './hash-key';

/** lastUsedAt is written at most this often per key, so a busy agency does not write a row per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiKeyIdentity = { apiKeyId: string; agencyId: string; ratePerMinute: number };

/**
 * The key's identity when `raw` is a live key: well formed, known, its secret matching (compared in
 * constant time), not revoked, not expired, and its agency active. Anything else is null — the caller
 * answers one 403 whatever the reason, so the answer says nothing about which keys exist.
 * Records the use (lastUsedAt, to the minute).
 */
export async function authenticateApiKey({ key: raw, now = new Date() }: { key: string | null | undefined; now?: Date }): Promise<ApiKeyIdentity | null> {
  const parsed = parseApiKey(raw);
  if (!parsed) return null;
  const db = await getDb();
  const row = await db.apiKey.findUnique({
    where: { prefix: parsed.prefix },
    select: {
      id: true,
      agencyId: true,
      secretHash: true,
      ratePerMinute: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      agency: { select: { active: true } },
    },
  });
  // An unknown prefix costs the same HMAC as a known one.
  const matches = row ? apiKeySecretMatches(apiKeyHashKey(), parsed.secret, row.secretHash) : (hashApiKeySecret(apiKeyHashKey(), parsed.secret), false);
  if (!row || !matches || row.revokedAt !== null || row.expiresAt.getTime() <= now.getTime() || !row.agency.active) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS)
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now }, select: { id: true } });
  return { apiKeyId: row.id, agencyId: row.agencyId, ratePerMinute: row.ratePerMinute };
}
