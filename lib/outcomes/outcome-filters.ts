// The filters of the public outcomes (issue #16), one shape for the page /outcomes and the open-data
// exports /api/open-data/outcomes.csv|json: the same query string filters both, so a filtered list can be
// downloaded as it is. The page ignores a malformed value (a hand-edited address still shows outcomes);
// the API refuses it (400 with Persian messages under `openData.errors`), since a program that sent a
// wrong filter would otherwise silently download everything.
import { z } from 'zod';
import { Resolution } from '@/lib/generated/prisma/enums';
import { JALALI_YEAR_MAX, JALALI_YEAR_MIN } from '@/lib/i18n/format';
import { blankToUndefined, idNumber, optionalText } from '@/lib/text/schema';
import { toLatinDigits } from '@/lib/text/normalize';

// Persian or Arabic-Indic digits as typed on a phone («۱۴۰۵») are the same year (h16x review).
const jalaliYear = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{4}$/.test(toLatinDigits(v.trim())) ? Number(toLatinDigits(v.trim())) : v),
  z.number({ error: 'year' }).int('year').min(JALALI_YEAR_MIN, 'year').max(JALALI_YEAR_MAX, 'year'),
);

/** Each filter as it arrives in the address bar; messages are keys under `openData.errors`. */
const fields = {
  province: z.preprocess(blankToUndefined, idNumber('province').optional()),
  category: z.preprocess(blankToUndefined, idNumber('category').optional()),
  /** An agency among those the outcome was referred to. */
  agency: z.preprocess(blankToUndefined, z.uuid('agency').optional()),
  /** The Jalali year of submission. */
  year: z.preprocess(blankToUndefined, jalaliYear.optional()),
  resolution: z.preprocess(blankToUndefined, z.enum(Resolution, 'resolution').optional()),
  /** Words of the public summaries; the database folds them like the index (sajam_search_query). */
  q: optionalText({ max: 100, tooLong: 'q' }),
  /** Keyset cursor: the `seq` of the last outcome already seen (newest first). */
  after: z.preprocess(blankToUndefined, idNumber('after').optional()),
};

/** Strict: the open-data API answers 400 for a malformed filter. */
export const outcomeFiltersSchema = z.object(fields);

/** Lenient: the page drops a malformed filter and shows the rest. */
export const outcomePageFiltersSchema = z.object({
  province: fields.province.catch(undefined),
  category: fields.category.catch(undefined),
  agency: fields.agency.catch(undefined),
  year: fields.year.catch(undefined),
  resolution: fields.resolution.catch(undefined),
  q: fields.q.catch(undefined),
  after: fields.after.catch(undefined),
});

export type OutcomeFilters = z.output<typeof outcomeFiltersSchema>;

/** The filter names (and the cursor) in the order a link writes them. */
export const OUTCOME_FILTER_KEYS = ['province', 'category', 'agency', 'year', 'resolution', 'q'] as const satisfies readonly (keyof OutcomeFilters)[];

/** The query string of these filters (without the cursor unless `after` is given), e.g. for the next page or the download links. */
export function outcomeQueryString(filters: OutcomeFilters, after?: number): string {
  const params = new URLSearchParams();
  for (const key of OUTCOME_FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (after !== undefined) params.set('after', String(after));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether any filter (not the cursor) is in use. */
export function hasOutcomeFilter(filters: OutcomeFilters): boolean {
  return OUTCOME_FILTER_KEYS.some((key) => filters[key] !== undefined);
}
