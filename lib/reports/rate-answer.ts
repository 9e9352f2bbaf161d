import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { getSettings } from '@/lib/settings/get-settings';
import { AppError } from '@/lib/errors';
import { holdersWhere } from '@/lib/authz';
import { enqueueNotifications } from '@/lib/notify/outbox';
import { normalizeText, storedLength } from '@/lib/text/normalize';
import { reportIdOfReporter, type ReporterKey } from './reporter-key';

export const RATING_COMMENT_MAX = 1000;

/** The reporter's key (tracking code, or a member's own report in their account: reporter-key.ts) and the rating. */
export type RateAnswerOptions = ReporterKey & {
  satisfied: boolean;
  comment?: string;
  now?: Date;
};

/**
 * The reporter rates the answer to their case on /track or on their own report page (issue #14, CPGRAMS-style): once, after the case
 * closed with at least one accepted agency answer. "Not satisfied" within the appealDays setting (30) of the
 * closing opens an appeal: the national office is told, and may send an agency's answer back
 * (lib/workflow/move-referral.ts `reopenOnAppeal`) or dismiss it (lib/agencies/decide-appeal.ts).
 * Ratings are kept for the statistics. Errors: NOT_FOUND / VALIDATION on the code, VALIDATION on the
 * comment (at most 1000 characters), CONFLICT (nothing to rate yet, or already rated).
 */
export async function rateAnswer({ satisfied, comment, now = new Date(), ...key }: RateAnswerOptions) {
  const text = comment ? normalizeText(comment).trim() : '';
  if (storedLength(text) > RATING_COMMENT_MAX) throw new AppError('VALIDATION', 'comment long', { fieldErrors: { comment: ['commentLong'] } });
  const db = await getDb();
  const reportId = await reportIdOfReporter(db, key);
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      id: true,
      caseNumber: true,
      status: true,
      closedAt: true,
      rating: { select: { id: true } },
      referrals: { where: { status: 'ACCEPTED' }, select: { id: true } },
    },
  });
  if (report.rating) throw new AppError('CONFLICT', 'already rated', { fieldErrors: { satisfied: ['alreadyRated'] } });
  if (!['CLOSED', 'PUBLISHED'].includes(report.status) || report.referrals.length === 0)
    throw new AppError('CONFLICT', 'nothing to rate', { fieldErrors: { satisfied: ['notRateable'] } });
  const windowEnds = report.closedAt ? report.closedAt.getTime() + (await getSettings()).appealDays * 86_400_000 : 0;
  const appeal = !satisfied && now.getTime() <= windowEnds;
  try {
    return await db.$transaction(async (tx) => {
      await tx.reportRating.create({ data: { reportId, satisfied, comment: text || null, appealStatus: appeal ? 'OPEN' : null, createdAt: now } });
      // A published outcome shows the reporter's rating (issue #16), but only from the next scheduled refresh
      // (lib/stats/refresh-public.ts): a public row changing at once would tell anyone watching when the
      // reporter rated (h16x review).
      await recordAuditEvent(tx, { actorId: null, action: 'report.rated', objectType: 'report', objectId: reportId, meta: { satisfied, appeal } });
      if (appeal) {
        const where = holdersWhere('NATIONAL_OFFICE', 'report', {});
        const people = where ? await tx.user.findMany({ where, select: { id: true } }) : [];
        await enqueueNotifications(tx, {
          userIds: people.map((p) => p.id),
          template: 'report.appealed',
          params: { reportId, caseNumber: report.caseNumber },
          dedupeKey: (id) => `appealed:${reportId}:${id}`,
        });
      }
      return { appeal };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'already rated', { fieldErrors: { satisfied: ['alreadyRated'] } });
    throw error;
  }
}
