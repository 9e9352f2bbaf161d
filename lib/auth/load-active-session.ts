import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { toActor } from './actor';

export type SessionRef = { userId: string | undefined; sessionId: string | undefined; now?: Date };

/**
 * The session a cookie names, with its account's current roles and scope; null once the session is
 * revoked or past its expiry, belongs to someone else, or its account is disabled or deleted. Every
 * request goes through here: getCurrentActor and next-auth's jwt callback alike.
 */
export async function loadActiveSession({ userId, sessionId, now = new Date() }: SessionRef): Promise<{ actor: Actor; expiresAt: Date } | null> {
  if (!userId || !sessionId) return null;
  const db = await getDb();
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, name: true, roles: true, provinceId: true, coreId: true, agencyId: true, status: true } },
    },
  });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now || session.user.status !== 'ACTIVE') return null;
  return { actor: toActor(session.user), expiresAt: session.expiresAt };
}
