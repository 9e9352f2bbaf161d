import 'server-only';
import { discardUploads, storeUploads } from '@/lib/attachments/store-uploads';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { applyTransition } from '@/lib/workflow/apply-transition';
import { findTransition } from '@/lib/workflow/transitions';
import { findReportIdByCode } from './find-by-tracking-code';
import { isThreadOpen } from '@/lib/workflow/transitions';

export const REPLY_MAX = 3000;

/**
 * The reporter writes into the thread with their tracking code. When reviewers asked a question
 * (NEEDS_INFO), the reply answers it and the report returns to the stage that asked.
 */
export async function replyAsReporter({ code, body, files, rateKey }: { code: string; body: string; files: readonly File[]; rateKey: string }) {
  const text = body.trim();
  if (text.length < 2 || text.length > REPLY_MAX)
    throw new AppError('VALIDATION', 'reply length', { fieldErrors: { body: [text.length < 2 ? 'replyShort' : 'replyLong'] } });
  const db = await getDb();
  const reportId = await findReportIdByCode(db, code, rateKey);
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, status: true, version: true, resumeStatus: true } });
  if (!isThreadOpen(report.status)) throw new AppError('CONFLICT', 'thread closed');

  const uploads = await storeUploads(files);
  try {
    return await db.$transaction(async (tx) => {
      const message = await tx.message.create({
        data: { reportId, authorType: 'REPORTER', body: text, attachments: { create: uploads.map((u) => ({ ...u, reportId })) } },
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
      return { messageId: message.id, status };
    });
  } catch (error) {
    await discardUploads(uploads);
    throw error;
  }
}
