import 'server-only';
import { getDb } from '@/lib/db/client';
import { listActiveTopics } from '@/lib/topics/list-active-topics';

export type ReportFormOptions = {
  categories: { id: number; name: string; nameEn: string }[];
  /** Open priority topics; a provincial one (`provinceId`, `province` its names) is accepted only for its province's reports. */
  topics: { id: number; title: string; titleEn: string; provinceId: number | null; province: { name: string; nameEn: string } | null }[];
  provinces: { id: number; name: string; nameEn: string; counties: { id: number; name: string; nameEn: string }[] }[];
};

/** Persian alphabetical order: the database's collation (C in PGlite) puts پ چ ژ ک گ ی after و. */
const persian = new Intl.Collator('fa');
const byName = (a: { name: string }, b: { name: string }) => persian.compare(a.name, b.name);

/**
 * The choices of a report's fields. `purpose: 'create'` is for a form that makes something new (the
 * report form and its API, an agency's "handles", an applicant's interests): active categories only.
 * `'filter'` (the default: the queues and referral lists) offers every category, deactivated ones too,
 * since old cases keep theirs and must still be found.
 */
export async function reportFormOptions({ purpose = 'filter' }: { purpose?: 'create' | 'filter' } = {}): Promise<ReportFormOptions> {
  const db = await getDb();
  const [categories, topics, provinces] = await Promise.all([
    db.category.findMany({
      where: purpose === 'create' ? { active: true } : {},
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, nameEn: true },
    }),
    listActiveTopics(),
    db.province.findMany({ select: { id: true, name: true, nameEn: true, counties: { select: { id: true, name: true, nameEn: true } } } }),
  ]);
  return { categories, topics, provinces: provinces.sort(byName).map((p) => ({ ...p, counties: p.counties.sort(byName) })) };
}
