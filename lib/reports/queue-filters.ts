import { z } from 'zod';
import { ReportStatus } from '@/lib/generated/prisma/enums';
import { optionalText, idNumber } from '@/lib/text/schema';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalId = z.preprocess(blank, idNumber().optional()).catch(undefined);

/** A queue's filters as they arrive in the address bar; anything malformed is simply ignored. */
export const queueFiltersSchema = z.object({
  /** "queue": what waits for this person; "all": everything in scope; or one state. */
  status: z.union([z.enum(['queue', 'all']), z.enum(ReportStatus)]).catch('queue'),
  categoryId: optionalId,
  provinceId: optionalId,
  topicId: optionalId,
  overdue: z.preprocess((v) => v === 'on' || v === '1' || v === 'true', z.boolean()).catch(false),
  /** Normalized like stored text; the database folds it further, the same way as the index (sajam_search_query). */
  q: optionalText({ max: 100, tooLong: 'q' }).catch(undefined),
  /** "deadline" (the default): the stage's deadline first to come, so overdue and escalated cases lead. */
  order: z.enum(['deadline', 'newest', 'oldest']).catch('deadline'),
  /** "mine": assigned to the reader; "unassigned": to nobody. */
  assigned: z.preprocess(blank, z.enum(['mine', 'unassigned']).optional()).catch(undefined),
  after: z.preprocess(blank, z.string().max(200).optional()).catch(undefined),
});

export type QueueFilters = z.output<typeof queueFiltersSchema>;

/** The last row of a page in the list's order: its sort key (a date, or null for "no deadline") and id. */
export type Cursor = { key: Date | null; id: string };

/** Keyset pagination: the last row's (key, id), opaque in the URL. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.key ? c.key.toISOString() : '-'}|${c.id}`).toString('base64url');
}

export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  const [at, id] = Buffer.from(value, 'base64url').toString().split('|');
  if (!z.uuid().safeParse(id).success) return null;
  if (at === '-') return { key: null, id: id! };
  const key = new Date(at ?? '');
  return Number.isNaN(key.getTime()) ? null : { key, id: id! };
}

/**
 * What a search box holds, or null when it holds nothing searchable (only punctuation). The database
 * turns it into words (sajam_search_query: the same folding as the index), so both sides agree.
 */
export function searchQuery(q: string): string | null {
  return /[\p{L}\p{N}]/u.test(q) ? q : null;
}
