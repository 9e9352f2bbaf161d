import 'server-only';
import { getDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/format';
import { agencyNameMap } from './agency-name-map';
import type { OutcomeFilters } from './outcome-filters';
import { findOutcomeKeys } from './outcome-query';
import { publicOutcomeSelect, toPublicOutcomeView, type PublicOutcomeView } from './public-view';

/** Outcomes per page of /outcomes. */
export const OUTCOMES_PAGE_SIZE = 20;

export type ListPublicOutcomesOptions = {
  /** As parsed by outcomePageFiltersSchema (or the strict outcomeFiltersSchema); `after` is the cursor. */
  filters: OutcomeFilters;
  locale: Locale;
  limit?: number;
  searchWindow?: number;
};

/**
 * The published outcomes, newest first (by `seq`), one keyset page at a time: page 500 costs what page 1
 * costs. Reads the public projection only (the PublicOutcome table), so nothing unpublished or private can
 * appear. Anyone may call it: there is no actor. `nextCursor` is the `after` of the next page, null on the last.
 */
export async function listPublicOutcomes({ filters, locale, limit = OUTCOMES_PAGE_SIZE, searchWindow }: ListPublicOutcomesOptions) {
  const { keys, more } = await findOutcomeKeys(filters, { after: filters.after, limit, searchWindow });
  if (keys.length === 0) return { items: [] as PublicOutcomeView[], nextCursor: null };
  const db = await getDb();
  const rows = await db.publicOutcome.findMany({ where: { id: { in: keys.map((k) => k.id) } }, select: publicOutcomeSelect });
  const agencies = await agencyNameMap(
    rows.flatMap((r) => r.agencyIds),
    locale,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  // A row unpublished between the two reads is simply left out.
  const items = keys.flatMap((k) => {
    const row = byId.get(k.id);
    return row ? [toPublicOutcomeView(row, agencies, locale)] : [];
  });
  return { items, nextCursor: more ? keys[keys.length - 1]!.seq : null };
}
