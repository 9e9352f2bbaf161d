import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { normalizeText, visibleLength } from '@/lib/text/normalize';

/**
 * The national office dismisses a reporter's open appeal, with a note the reporter reads on /track.
 * (Upholding it is sending an agency's accepted answer back: `reopenOnAppeal` in move-referral.ts, which
 * marks the appeal UPHELD.) Errors: NOT_FOUND (no such report), FORBIDDEN (not the national office),
 * VALIDATION (no note), CONFLICT (no open appeal).
 */
export async function dismissAppeal({ actor, reportId, note }: { actor: Actor; reportId: string; note: string }) {
  if (!z.uuid().safeParse(reportId).success) throw new AppError('NOT_FOUND');
  if (!actor.roles.includes('NATIONAL_OFFICE')) throw new AppError('FORBIDDEN');
  const text = normalizeText(note).trim();
  if (visibleLength(text) < 2) throw new AppError('VALIDATION', 'note', { fieldErrors: { note: ['noteRequired'] } });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const decided = await tx.reportRating.updateMany({
      // Nobody decides on their own report. (`not` alone would also leave out anonymous reports: NULL.)
      where: { reportId, appealStatus: 'OPEN', report: { OR: [{ submitterId: null }, { submitterId: { not: actor.id } }] } },
      data: { appealStatus: 'DISMISSED', appealNote: text.slice(0, 3000), appealDecidedAt: new Date(), appealDecidedById: actor.id },
    });
    if (decided.count === 0) throw new AppError('CONFLICT', 'no open appeal');
    await recordAuditEvent(tx, { actorId: actor.id, action: 'report.appeal_decided', objectType: 'report', objectId: reportId, meta: { upheld: false } });
  });
}
