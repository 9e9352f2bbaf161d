import 'server-only';
import { getDb } from '@/lib/db/client';
import { listActiveTopics } from '@/lib/topics/list-active-topics';

export type ReportFormOptions = {
  categories: { id: number; name: string; nameEn: string }[];
  topics: { id: number; title: string; titleEn: string }[];
  provinces: { id: number; name: string; nameEn: string; counties: { id: number; name: string; nameEn: string }[] }[];
};

/** The choices the report form offers. */
export async function reportFormOptions(): Promise<ReportFormOptions> {
  const db = await getDb();
  const [categories, topics, provinces] = await Promise.all([
    db.category.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true, nameEn: true } }),
    listActiveTopics(),
    db.province.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, name: true, nameEn: true, counties: { orderBy: { name: 'asc' }, select: { id: true, name: true, nameEn: true } } },
    }),
  ]);
  return { categories, topics, provinces };
}
