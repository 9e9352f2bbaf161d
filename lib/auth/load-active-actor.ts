import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { toActor } from './actor';

/** The account behind a session, with its current roles and scope; null once disabled or deleted. */
export async function loadActiveActor(userId: string): Promise<Actor | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId } });
  return user && user.status === 'ACTIVE' ? toActor(user) : null;
}
