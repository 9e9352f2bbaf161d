import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { AppError } from '@/lib/errors';
import type { Prisma, ReportStatus, Resolution } from '@/lib/generated/prisma/client';
import { getSettings } from '@/lib/settings/get-settings';
import { deadlinePolicy, stageDeadline } from './deadlines';
import { announceToCoreHeads } from './announce';
import { effects } from './effects';
import { reportStateFromReferrals } from './follow-referrals';
import { tellReporters } from './reporter-messages';
import { keepsAssignee, type Transition } from './transitions';
import { syncPublicOutcome } from '@/lib/outcomes/sync-public-outcome';

export type TransitionWrite = {
  report: { id: string; status: ReportStatus; version: number; resumeStatus: ReportStatus | null };
  transition: Transition;
  /** Who moves it: null for the reporter (by tracking code) and the system. */
  actor: { id: string; agencyId: string | null } | null;
  publicNote?: string;
  internalNote?: string;
  /** The agencies chosen, for the refer move, and the staff's covering note to them. */
  agencyIds?: readonly string[];
  coveringNote?: string;
  resolution?: Resolution;
  /** The original, for the markDuplicate move. */
  duplicateOfId?: string;
  /** For the publish move: the checked summaries and what the personal-data check found. */
  publication?: Publication;
};

export type Publication = { publicOutcome: string; publicAnswer: string; warnings: number; warningsChecked: boolean };

/**
 * The only way a report's state changes: runs the move's effect (lib/workflow/effects.ts), moves the
 * report if its version is still the one the actor saw (optimistic locking), records the review step and
 * the audit event, all in the caller's transaction. A concurrent change makes this throw CONFLICT, and
 * the whole transaction rolls back.
 */
export async function applyTransition(tx: Prisma.TransactionClient, w: TransitionWrite): Promise<ReportStatus> {
  const now = new Date();
  const actorId = w.actor?.id ?? null;
  const settings = await getSettings(tx);
  if (w.transition.effect)
    await effects[w.transition.effect](tx, {
      reportId: w.report.id,
      settings,
      actor: w.actor,
      publicNote: w.publicNote,
      agencyIds: w.agencyIds,
      coveringNote: w.coveringNote,
      duplicateOfId: w.duplicateOfId,
      publication: w.publication,
      internalNote: w.internalNote,
      now,
    });
  let to: ReportStatus | null;
  let resolution = w.resolution;
  if (w.transition.to === 'FOLLOW') {
    // Where the referrals (as the effect left them) put the report: lib/workflow/follow-referrals.ts.
    const followed = reportStateFromReferrals(await tx.referral.findMany({ where: { reportId: w.report.id }, select: { status: true, resolution: true } }));
    to = followed.status;
    resolution = followed.resolution ?? undefined;
    // Nothing to record when the referrals leave the report where it is (one of several agencies moved).
    if (w.transition.action === 'followReferrals' && to === w.report.status) return to;
  } else to = w.transition.to === 'RESUME' ? w.report.resumeStatus : w.transition.to;
  if (!to) throw new AppError('CONFLICT', 'nothing to resume');
  const moved = await tx.report.updateMany({
    where: { id: w.report.id, version: w.report.version, status: w.report.status },
    data: {
      status: to,
      version: { increment: 1 },
      stageDeadlineAt: stageDeadline(to, now, deadlinePolicy(settings)),
      remindedAt: null,
      escalatedAt: null,
      resumeStatus: to === 'NEEDS_INFO' ? w.report.status : null,
      ...(keepsAssignee(w.report.status, to) ? {} : { assigneeId: null, assignedAt: null }),
      // A followed state carries its own resolution (none until every referral is accepted, none again on appeal).
      ...(w.transition.to === 'FOLLOW' ? { resolution: resolution ?? null } : resolution ? { resolution } : {}),
      // Unpublishing returns to CLOSED without closing anew: closedAt starts the appeal window and the statistics' durations.
      ...(to === 'CLOSED' && w.report.status !== 'PUBLISHED' ? { closedAt: now } : {}),
      ...(to === 'PUBLISHED' ? { publishedAt: now } : {}),
    },
  });
  if (moved.count !== 1) throw new AppError('CONFLICT', 'report changed');
  await tx.approval.create({
    data: {
      reportId: w.report.id,
      actorId,
      decision: w.transition.decision,
      fromStatus: w.report.status,
      toStatus: to,
      publicNote: w.publicNote ?? null,
      internalNote: w.internalNote ?? null,
      createdAt: now,
    },
  });
  await recordAuditEvent(tx, {
    actorId,
    action: 'report.transition',
    objectType: 'report',
    objectId: w.report.id,
    meta: { action: w.transition.action, from: w.report.status, to },
  });
  // The public outcome follows the state, in this transaction: written on publishing, gone on any move out.
  if (to === 'PUBLISHED' || w.report.status === 'PUBLISHED') await syncPublicOutcome(tx, { reportId: w.report.id });
  // The reporters hear the new state (status messages, a member's question), and numbers go when the case ends.
  await tellReporters(tx, { reportId: w.report.id, from: w.report.status, to, version: w.report.version + 1 });
  // Back in a core's queue (returned by the province, or the reporter answered its question): its heads are told.
  if (to === 'CORE_REVIEW') await announceToCoreHeads(tx, w.report.id, now);
  return to;
}
