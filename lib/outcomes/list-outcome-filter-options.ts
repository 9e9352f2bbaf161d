import 'server-only';
import { listAgencyNames } from '@/lib/agencies/list-agency-names';
import { getDb } from '@/lib/db/client';
import { toJalali } from '@/lib/i18n/format';

type Option = { id: number; name: string; nameEn: string };

export type OutcomeFilterOptions = {
  provinces: Option[];
  categories: Option[];
  agencies: { id: string; name: string; nameEn: string }[];
  /** Jalali years, newest first: from this year back to the first year with a published outcome. */
  years: number[];
};

const persian = new Intl.Collator('fa');

/**
 * The choices of the /outcomes filters: every province, every category (deactivated ones too: old
 * outcomes keep theirs), every agency, and the years. The first year is the first row in (year, seq)
 * index order: Prisma's `aggregate({ _min })` wraps the table in a subquery (`… FROM (SELECT year … OFFSET 0)`)
 * that PostgreSQL cannot answer from the index — 390 ms on every /outcomes view at 200,000 outcomes, against
 * 0.1 ms (docs/benchmarks.md).
 */
export async function listOutcomeFilterOptions({ now = new Date() }: { now?: Date } = {}): Promise<OutcomeFilterOptions> {
  const db = await getDb();
  const [provinces, categories, agencies, first] = await Promise.all([
    db.province.findMany({ select: { id: true, name: true, nameEn: true } }),
    db.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, name: true, nameEn: true } }),
    listAgencyNames(),
    db.publicOutcome.findFirst({ orderBy: { year: 'asc' }, select: { year: true } }),
  ]);
  const thisYear = toJalali(now).jy;
  const firstYear = Math.min(first?.year ?? thisYear, thisYear);
  return {
    provinces: provinces.sort((a, b) => persian.compare(a.name, b.name)),
    categories,
    agencies: agencies.map(({ id, name, nameEn }) => ({ id, name, nameEn })),
    years: Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i),
  };
}
