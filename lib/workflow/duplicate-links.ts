import 'server-only';
import type { Prisma, ReportStatus } from '@/lib/generated/prisma/client';

/**
 * What a duplicate may be linked to (issue #13, red-team): the one rule for finding an original (the
 * reviewer's form, transition-report.ts), re-checking it under lock (the effect, effects.ts) and
 * suggesting one (find-similar-reports.ts).
 *
 * An original is a report that is not itself a duplicate and whose case is open or ended with an outcome
 * of the matter (CLOSED with a resolution, PUBLISHED: a fine thing for a repeat's reporter to follow).
 * A withdrawn or rejected report ended without one: the matter was never settled there, so nothing may
 * join it.
 */
export const NO_OUTCOME: readonly ReportStatus[] = ['WITHDRAWN', 'REJECTED'];

/** Whether this report may be an original (see NO_OUTCOME): not a duplicate, not ended without an outcome. */
export function mayBeOriginal(r: { status: ReportStatus; duplicateOfId: string | null }): boolean {
  return r.duplicateOfId === null && !NO_OUTCOME.includes(r.status);
}

/** How far a link is followed to its root: links never chain (linkDuplicate moves repeats to the new root), so one hop in practice. */
const MAX_HOPS = 8;

export type OriginalRefusal = 'unknown' | 'self' | 'ended';
export type OriginalLookup = { ok: true; id: string } | { ok: false; reason: OriginalRefusal };

/**
 * The root of the report the reviewer named: its links followed to the report they end at, then refused
 * when that root is the report being closed (A→B then B→A would close B as a duplicate of itself) or
 * cannot be an original. `find` loads a report by id within the caller's scope (null outside it).
 */
export async function rootOriginal(
  reportId: string,
  first: { id: string; status: ReportStatus; duplicateOfId: string | null } | null,
  find: (id: string) => Promise<{ id: string; status: ReportStatus; duplicateOfId: string | null } | null>,
): Promise<OriginalLookup> {
  let at = first;
  const seen = new Set<string>();
  for (let hop = 0; at?.duplicateOfId && hop < MAX_HOPS; hop++) {
    if (at.id === reportId || seen.has(at.id)) return { ok: false, reason: 'self' };
    seen.add(at.id);
    at = await find(at.duplicateOfId);
  }
  if (!at || at.duplicateOfId) return { ok: false, reason: 'unknown' };
  if (at.id === reportId) return { ok: false, reason: 'self' };
  if (!mayBeOriginal(at)) return { ok: false, reason: 'ended' };
  return { ok: true, id: at.id };
}

/** The field error for each refusal, in the review form's messages. */
export const DUPLICATE_OF_ERROR: Record<OriginalRefusal, string> = {
  unknown: 'duplicateOfUnknown',
  self: 'duplicateOfUnknown',
  ended: 'duplicateOfEnded',
};

/**
 * In the closing move's transaction: locks the duplicate and its original (in id order, so two reviewers
 * linking A→B and B→A at once wait for each other instead of deadlocking), checks again, on the rows as
 * they now are, that the original may still be one, then links the report and moves its own repeats to the
 * same original (6→9, then 9→2, leaves 6→2 and 9→2: links never chain). Returns why not, or null once linked.
 */
export async function linkToOriginal(tx: Prisma.TransactionClient, reportId: string, originalId: string): Promise<OriginalRefusal | null> {
  const rows = await tx.$queryRaw<{ id: string; status: ReportStatus; duplicateOfId: string | null }[]>`
    SELECT "id", "status", "duplicateOfId" FROM "Report" WHERE "id" IN (${reportId}::uuid, ${originalId}::uuid) ORDER BY "id" FOR UPDATE`;
  const original = rows.find((r) => r.id === originalId) ?? null;
  const checked = await rootOriginal(reportId, original, async () => null);
  if (!checked.ok) return checked.reason;
  if (checked.id !== originalId) return 'unknown';
  await tx.report.update({ where: { id: reportId }, data: { duplicateOfId: originalId } });
  await tx.report.updateMany({ where: { duplicateOfId: reportId }, data: { duplicateOfId: originalId } });
  return null;
}
