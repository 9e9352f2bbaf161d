import { z } from 'zod';
import { ReportStatus } from '@/lib/generated/prisma/enums';
import { optionalText } from '@/lib/text/schema';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalId = z.preprocess(blank, z.coerce.number().int().positive().optional()).catch(undefined);

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
  after: z.preprocess(blank, z.string().max(200).optional()).catch(undefined),
});

export type QueueFilters = z.output<typeof queueFiltersSchema>;

export type Cursor = { submittedAt: Date; id: string };

/** Keyset pagination: the last row's (submittedAt, id), opaque in the URL. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.submittedAt.toISOString()}|${c.id}`).toString('base64url');
}

export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  const [at, id] = Buffer.from(value, 'base64url').toString().split('|');
  const submittedAt = new Date(at ?? '');
  return Number.isNaN(submittedAt.getTime()) || !z.uuid().safeParse(id).success ? null : { submittedAt, id: id! };
}

/**
 * What a search box holds, or null when it holds nothing searchable (only punctuation). The database
 * turns it into words (sajam_search_query: the same folding as the index), so both sides agree.
 */
export function searchQuery(q: string): string | null {
  return /[\p{L}\p{N}]/u.test(q) ? q : null;
}
