import 'server-only';
import { createHmac } from 'node:crypto';
import { deriveKey } from '@/lib/crypto/keys';
import { decryptField } from '@/lib/crypto/personal-data';
import type { Prisma, ReportStatus } from '@/lib/generated/prisma/client';
import { enqueueNotification } from '@/lib/notify/outbox';
import { NO_OUTCOME } from './duplicate-links';
import { isThreadOpen } from './transitions';

let statusKey: Buffer | undefined;

/**
 * The outbox key of a status message: a keyed hash of the report and the move, never the report's id.
 * It keeps a retried move from queueing twice, and says nothing once the row is kept: two messages to
 * the same person about two anonymous reports cannot be tied to each other or to a report (issue #13).
 */
export function statusMessageKey(reportId: string, move: string): string {
  statusKey ??= deriveKey('status-message-key');
  return `status:${createHmac('sha256', statusKey).update(`${reportId}:${move}`).digest('base64url')}`;
}

/** A report's confirmed and pending numbers gone: the case (or the original it follows) ended, or the reporter stopped them. */
export const ERASED_STATUS_MOBILE = { statusMobileEnc: null, statusMobilePendingEnc: null } as const;

/**
 * What a move tells the people who sent the report, in the move's transaction, after the state moved:
 *
 * - the reporter who confirmed a mobile for status messages hears the new state; the number is erased
 *   on the move that ends the case (this message is the last);
 * - a report just closed as a repeat keeps its reporter's number while its original is open: they are
 *   told it joined an earlier report, then hear the original's changes (issue #13 review, finding 10);
 * - so the repeats' reporters hear each change of the original, and their numbers go when it ends;
 *   an original that ended without an outcome (withdrawn, rejected) is "closed without an outcome" to
 *   them, never another person's withdrawal;
 * - a member whose report is asked a question is told through their account (SMS and e-mail), with a
 *   link to their report page and nothing of the report.
 */
export async function tellReporters(tx: Prisma.TransactionClient, m: { reportId: string; from: ReportStatus; to: ReportStatus; version: number }) {
  if (m.to === m.from) return;
  const move = String(m.version);
  const report = await tx.report.findUniqueOrThrow({
    where: { id: m.reportId },
    select: { statusMobileEnc: true, submitterId: true, duplicateOf: { select: { status: true } } },
  });
  const original = report.duplicateOf;
  const ended = !isThreadOpen(m.to);
  if (report.statusMobileEnc) {
    const params = original ? { status: NO_OUTCOME.includes(original.status) ? null : original.status, joined: true } : { status: m.to };
    await enqueueNotification(tx, smsTo(report.statusMobileEnc), 'report.status', params, statusMessageKey(m.reportId, move));
  }
  // A repeat follows its original: its number stays while the original is open.
  const keep = original !== null && isThreadOpen(original.status);
  if (ended && !keep) await tx.report.update({ where: { id: m.reportId }, data: ERASED_STATUS_MOBILE });

  const repeats = await tx.report.findMany({
    where: { duplicateOfId: m.reportId, statusMobileEnc: { not: null } },
    select: { id: true, statusMobileEnc: true },
  });
  for (const repeat of repeats)
    await enqueueNotification(
      tx,
      smsTo(repeat.statusMobileEnc!),
      'report.status',
      { status: NO_OUTCOME.includes(m.to) ? null : m.to },
      statusMessageKey(repeat.id, `${m.reportId}:${move}`),
    );
  if (ended) await tx.report.updateMany({ where: { duplicateOfId: m.reportId }, data: ERASED_STATUS_MOBILE });

  if (m.to === 'NEEDS_INFO' && report.submitterId)
    await enqueueNotification(tx, { userId: report.submitterId }, 'report.question', { reportId: m.reportId }, `question:${m.reportId}:${move}`);
}

const smsTo = (enc: string) => ({ channel: 'SMS' as const, address: decryptField('mobile', enc), locale: 'fa' as const });
