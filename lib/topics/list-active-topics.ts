import 'server-only';
import { getDb } from '@/lib/db/client';

/** The announced priority areas open today, for the public pages. */
export async function listActiveTopics(now = new Date()) {
  const db = await getDb();
  return db.topic.findMany({
    where: { active: true, startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, slug: true, title: true, titleEn: true, description: true },
  });
}
