import 'server-only';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { normalizeText, storedLength, visibleLength } from '@/lib/text/normalize';
import { applyTransition } from '@/lib/workflow/apply-transition';
import { findTransition } from '@/lib/workflow/transitions';
import { findReportIdByCode } from './find-by-tracking-code';

export const WITHDRAW_REASON_MAX = 1000;

export type WithdrawReportOptions = {
  /** The tracking code: the reporter's only key (a member holds one too). */
  code: string;
  reason: string;
  rateKey: string;
};

/**
 * The reporter takes their report back while it is still under review (the `withdraw` moves of the
 * workflow table), with a reason the reviewers read on the report's history. The report's state moves
 * through applyTransition like every other move: optimistic locking, a review step, an audit event,
 * the deadline cleared. Errors: VALIDATION on `reason` (2–1000 visible characters) or `code`,
 * NOT_FOUND, CONFLICT (no longer under review, or changed at this instant).
 */
export async function withdrawReport({ code, reason, rateKey }: WithdrawReportOptions) {
  const text = normalizeText(reason).trim();
  if (visibleLength(text) < 2 || storedLength(text) > WITHDRAW_REASON_MAX)
    throw new AppError('VALIDATION', 'withdraw reason', { fieldErrors: { reason: [visibleLength(text) < 2 ? 'reasonShort' : 'reasonLong'] } });
  const db = await getDb();
  const reportId = await findReportIdByCode(db, code, rateKey);
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, status: true, version: true, resumeStatus: true } });
  const transition = findTransition(report.status, 'withdraw');
  if (!transition) throw new AppError('CONFLICT', 'not under review', { fieldErrors: { reason: ['notWithdrawable'] } });
  return db.$transaction(async (tx) => ({ status: await applyTransition(tx, { report, transition, actor: null, publicNote: text }) }));
}
