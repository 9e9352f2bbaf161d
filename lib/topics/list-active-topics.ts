import 'server-only';
import { getDb } from '@/lib/db/client';
import { openTopicWhere } from './topic-window';

/**
 * The announced priority areas open at `now` (lib/topics/topic-window.ts), for the home page, the report
 * form and GET /api/reports/options: national ones first, then each province's (`province` names it; null:
 * national), in their announced order.
 */
export async function listActiveTopics(now = new Date()) {
  const db = await getDb();
  const topics = await db.topic.findMany({
    where: openTopicWhere(now),
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      slug: true,
      title: true,
      titleEn: true,
      description: true,
      descriptionEn: true,
      provinceId: true,
      province: { select: { name: true, nameEn: true } },
    },
  });
  // National first, then the provinces in the order of their ids, each keeping its announced order (a stable sort).
  return topics.sort((a, b) => (a.provinceId ?? 0) - (b.provinceId ?? 0));
}
