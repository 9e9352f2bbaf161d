import 'server-only';
import { getDb } from '@/lib/db/client';
import { localized, type Locale } from '@/lib/i18n/format';

/** The names of these agencies in the reader's language, by id: one query for a whole page of outcomes. */
export async function agencyNameMap(ids: readonly string[], locale: Locale): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const db = await getDb();
  const agencies = await db.agency.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, nameEn: true } });
  return new Map(agencies.map((a) => [a.id, localized(a, locale)]));
}
