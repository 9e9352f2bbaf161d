import 'server-only';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { normalizeText, storedLength, visibleLength } from '@/lib/text/normalize';
import { applyTransition } from '@/lib/workflow/apply-transition';
import { findTransition } from '@/lib/workflow/transitions';
import { reportIdOfReporter, type ReporterKey } from './reporter-key';

export const WITHDRAW_REASON_MAX = 1000;

/** The tracking code, or a member's own account (reporter-key.ts), and the reason. */
export type WithdrawReportOptions = ReporterKey & { reason: string };

/**
 * The reporter takes their report back while it is still under review (the `withdraw` moves of the
 * workflow table), with a reason the reviewers read on the report's history. The report's state moves
 * through applyTransition like every other move: optimistic locking, a review step, an audit event,
 * the deadline cleared. Errors: VALIDATION on `reason` (2–1000 visible characters) or `code`,
 * NOT_FOUND, CONFLICT (no longer under review, or changed at this instant).
 */
export async function withdrawReport({ reason, ...key }: WithdrawReportOptions) {
  const text = normalizeText(reason).trim();
  if (visibleLength(text) < 2 || storedLength(text) > WITHDRAW_REASON_MAX)
    throw new AppError('VALIDATION', 'withdraw reason', { fieldErrors: { reason: [visibleLength(text) < 2 ? 'reasonShort' : 'reasonLong'] } });
  const db = await getDb();
  const reportId = await reportIdOfReporter(db, key);
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, status: true, version: true, resumeStatus: true } });
  const transition = findTransition(report.status, 'withdraw');
  if (!transition) throw new AppError('CONFLICT', 'not under review', { fieldErrors: { reason: ['notWithdrawable'] } });
  return db.$transaction(async (tx) => ({ status: await applyTransition(tx, { report, transition, actor: null, publicNote: text }) }));
}
