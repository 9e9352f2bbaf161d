import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { requireKeyAdmin } from './require-key-admin';

/**
 * Revokes an agency's key at once: the next request with it is refused (403). By the system
 * administrator; audited (`api_key.revoked`). Revoking a revoked key changes nothing and records nothing.
 * NOT_FOUND when the key is not this agency's (the page names both).
 */
export async function revokeApiKey({ actor, agencyId, apiKeyId, now = new Date() }: { actor: Actor; agencyId: string; apiKeyId: string; now?: Date }) {
  requireKeyAdmin(actor);
  if (!z.uuid().safeParse(apiKeyId).success || !z.uuid().safeParse(agencyId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: apiKeyId, agencyId }, select: { id: true, revokedAt: true } });
    if (!key) throw new AppError('NOT_FOUND');
    if (key.revokedAt) return { id: key.id, revokedAt: key.revokedAt };
    const revoked = await tx.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 1)
      await recordAuditEvent(tx, { actorId: actor.id, action: 'api_key.revoked', objectType: 'api_key', objectId: key.id, meta: { agencyId } });
    return { id: key.id, revokedAt: now };
  });
}
