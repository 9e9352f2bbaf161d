import 'server-only';
import { getDb } from '@/lib/db/client';

/** How long a login lasts, from the moment of login. Absolute: using the session does not extend it. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Records a new login; its id goes into the session cookie (`sid`) and is checked on every request. */
export async function startSession({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<{ id: string; expiresAt: Date }> {
  const db = await getDb();
  return db.session.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true, expiresAt: true },
  });
}
