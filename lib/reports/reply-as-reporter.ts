import 'server-only';
import { discardUploads, storeUploads } from '@/lib/attachments/store-uploads';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import { normalizeText, storedLength, visibleLength } from '@/lib/text/normalize';
import { applyTransition } from '@/lib/workflow/apply-transition';
import { findTransition } from '@/lib/workflow/transitions';
import { reportIdOfReporter, type ReporterKey } from './reporter-key';
import { isThreadOpen } from '@/lib/workflow/transitions';

export const REPLY_MAX = 3000;

export type ReplyAsReporterOptions = ReporterKey & {
  body: string;
  files: readonly File[];
  /** The reply form's one-time token (a UUID): the same reply sent twice is stored once. */
  submissionToken?: string;
};

/**
 * The reporter writes into the thread, with their tracking code or in their account (reporter-key.ts). When reviewers asked a question
 * (NEEDS_INFO), the reply answers it and the report returns to the stage that asked. A reply whose
 * token was already stored (a double tap, a retry on a bad link) answers as sent and stores nothing.
 * Errors: VALIDATION on `body` (2–3000 visible characters) or `code`, NOT_FOUND, CONFLICT (thread closed).
 */
export async function replyAsReporter({ body, files, submissionToken, ...key }: ReplyAsReporterOptions) {
  const text = normalizeText(body).trim();
  if (visibleLength(text) < 2 || storedLength(text) > REPLY_MAX)
    throw new AppError('VALIDATION', 'reply length', { fieldErrors: { body: [visibleLength(text) < 2 ? 'replyShort' : 'replyLong'] } });
  const db = await getDb();
  const reportId = await reportIdOfReporter(db, key);
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, status: true, version: true, resumeStatus: true } });
  const sent = async () => {
    const earlier = submissionToken
      ? await db.message.findUnique({ where: { reportId_submissionToken: { reportId, submissionToken } }, select: { id: true } })
      : null;
    return earlier ? { messageId: earlier.id, status: report.status, duplicate: true } : null;
  };
  const already = await sent();
  if (already) return already;
  if (!isThreadOpen(report.status)) throw new AppError('CONFLICT', 'thread closed');

  const uploads = await storeUploads(files);
  try {
    return await db.$transaction(async (tx) => {
      const message = await tx.message.create({
        data: { reportId, authorType: 'REPORTER', body: text, submissionToken, attachments: { create: uploads.map((u) => ({ ...u, reportId })) } },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: null,
        action: 'report.message',
        objectType: 'report',
        objectId: reportId,
        meta: { author: 'REPORTER', attachments: uploads.length },
      });
      const answer = findTransition(report.status, 'answerInfo');
      const status = answer ? await applyTransition(tx, { report, transition: answer, actor: null }) : report.status;
      return { messageId: message.id, status, duplicate: false };
    });
  } catch (error) {
    await discardUploads(uploads);
    // Two copies at the same instant: the other one was stored.
    if (isUniqueViolation(error)) {
      const other = await sent();
      if (other) return other;
    }
    throw error;
  }
}
