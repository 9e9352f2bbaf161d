import 'server-only';
import { getDb } from '@/lib/db/client';
import { toJalali } from '@/lib/i18n/format';
import { statsFiguresSchema, type StatsFigures } from './figures';
import { PUBLIC_SCOPE } from './refresh-public';

export type PublicStats = {
  /** The years that have a public snapshot, newest first (the year picker). */
  years: number[];
  /** The chosen year's figures (already suppressed), or null when that year has no snapshot (yet). */
  figures: StatsFigures | null;
  year: number;
  refreshedAt: Date | null;
};

/**
 * The public statistics of a Jalali year (default: the newest year with a snapshot, else the current year), read
 * from the snapshot the hourly refresh wrote: never counted live, so a count cannot be watched moving by one.
 * For the public; no actor. The stored JSON is parsed (a snapshot of another version reads as none).
 */
export async function getPublicStats({ year }: { year?: number } = {}): Promise<PublicStats> {
  const db = await getDb();
  const rows = await db.statsSnapshot.findMany({ where: { scope: PUBLIC_SCOPE }, select: { year: true }, orderBy: { year: 'desc' } });
  const years = rows.map((r) => r.year);
  const chosen = year ?? years[0] ?? toJalali(new Date()).jy;
  const row = years.includes(chosen) ? await db.statsSnapshot.findUnique({ where: { scope_year: { scope: PUBLIC_SCOPE, year: chosen } } }) : null;
  const parsed = row ? statsFiguresSchema.safeParse(row.data) : null;
  return { years, year: chosen, figures: parsed?.success ? parsed.data : null, refreshedAt: row?.refreshedAt ?? null };
}
