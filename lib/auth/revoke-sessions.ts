import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { getDb } from '@/lib/db/client';
import type { Prisma, SessionRevocationReason as StoredReason } from '@/lib/generated/prisma/client';

export type SessionRevocationReason = 'logout' | 'password_changed' | 'disabled' | 'roles_changed';

const STORED_REASON = {
  logout: 'LOGOUT',
  password_changed: 'PASSWORD_CHANGED',
  disabled: 'DISABLED',
  roles_changed: 'ROLES_CHANGED',
} as const satisfies Record<SessionRevocationReason, StoredReason>;

export type RevokeUserSessionsOptions = {
  userId: string;
  reason: SessionRevocationReason;
  /** Only this session (a logout); every live session of the user when omitted. */
  sessionId?: string;
  /** Who caused it, for the audit log (a vetter, an admin); the user themself when omitted. */
  actorId?: string | null;
  /** The caller's transaction, so the sessions end exactly when the change that ends them commits. */
  tx?: Prisma.TransactionClient;
  now?: Date;
};

/**
 * Ends a user's live sessions (or one of them): their cookies stop working on the next request, in
 * pages, server actions, route handlers and /api/auth/session alike. Logout, a password change, a
 * disabled account and changed roles all come through here. Returns how many sessions were ended;
 * each call that ends any appends `auth.sessions_revoked` with the reason and the count.
 */
export async function revokeUserSessions(options: RevokeUserSessionsOptions): Promise<number> {
  const { userId, reason, sessionId, tx, now = new Date() } = options;
  const revoke = async (db: Prisma.TransactionClient) => {
    const { count } = await db.session.updateMany({
      where: { userId, ...(sessionId ? { id: sessionId } : {}), revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now, revokedReason: STORED_REASON[reason] },
    });
    if (count > 0) {
      await recordAuditEvent(db, {
        actorId: options.actorId === undefined ? userId : options.actorId,
        action: 'auth.sessions_revoked',
        objectType: 'user',
        objectId: userId,
        meta: { reason, count },
      });
    }
    return count;
  };
  if (tx) return revoke(tx);
  return (await getDb()).$transaction(revoke);
}
