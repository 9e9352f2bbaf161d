import 'server-only';
import { getDb } from '@/lib/db/client';

/** Ended sessions are kept this long after their expiry (enough to look into a recent incident), then deleted. */
export const ENDED_SESSION_RETENTION_DAYS = 30;

/**
 * Deletes sessions that expired more than 30 days ago. Revoked ones are included: every session
 * expires 12 hours after login whether or not it was revoked first. Run daily by the jobs runner.
 */
export async function deleteEndedSessions(now = new Date()): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - ENDED_SESSION_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.session.deleteMany({ where: { expiresAt: { lt: cutoff } } });
  return count;
}
