import 'server-only';
import { getDb } from '@/lib/db/client';
import { localized, type Locale } from '@/lib/i18n/format';

/** The names of these agencies in the reader's language, for toPublicOutcomeView (one query, however many outcomes). */
export async function agencyNamesFor(ids: readonly string[], locale: Locale): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.agency.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true, nameEn: true } });
  return new Map(rows.map((a) => [a.id, localized(a, locale)]));
}
