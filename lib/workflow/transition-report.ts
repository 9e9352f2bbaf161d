import 'server-only';
import { z } from 'zod';
import { scopeWhere, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Resolution } from '@/lib/generated/prisma/client';
import { applyTransition } from './apply-transition';
import { moversFor } from './movers';
import { findTransition, mayMove, type WorkflowAction } from './transitions';
import { liveReferralAgencies } from '@/lib/reports/report-views';

export type TransitionReportOptions = {
  actor: Actor;
  reportId: string;
  action: WorkflowAction;
  /** The version the actor was looking at; a newer one means someone else acted first. */
  version: number;
  publicNote?: string;
  internalNote?: string;
  agencyId?: string;
  resolution?: Resolution;
  /** Ticked "I mean it", for moves that cannot be undone (requires 'confirm'). */
  confirmed?: boolean;
};

/** A reviewer's (or agency's) decision on a report, checked against the workflow table and the actor's scope. */
export async function transitionReport(o: TransitionReportOptions) {
  if (!z.uuid().safeParse(o.reportId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const report = await db.report.findFirst({
    where: { AND: [{ id: o.reportId }, scopeWhere(o.actor, 'report')] },
    select: {
      id: true,
      status: true,
      version: true,
      resumeStatus: true,
      provinceId: true,
      coreId: true,
      submitterId: true,
      escalatedAt: true,
      referrals: liveReferralAgencies,
    },
  });
  if (!report) throw new AppError('NOT_FOUND');
  if (report.version !== o.version) throw new AppError('CONFLICT', 'stale version');

  const transition = findTransition(report.status, o.action);
  const movers = moversFor(o.actor, { ...report, agencyIds: report.referrals.map((r) => r.agencyId) });
  if (!transition || !mayMove(transition, movers, report)) throw new AppError('FORBIDDEN');

  const missing: Record<string, string[]> = {};
  if (transition.requires.includes('publicNote') && !o.publicNote?.trim()) missing.publicNote = ['noteRequired'];
  if (transition.requires.includes('agency') && !o.agencyId) missing.agencyId = ['agencyRequired'];
  if (transition.requires.includes('resolution') && !o.resolution) missing.resolution = ['resolutionRequired'];
  if (transition.requires.includes('confirm') && !o.confirmed) missing.confirmed = ['confirmRequired'];
  if (Object.keys(missing).length) throw new AppError('VALIDATION', 'missing fields', { fieldErrors: missing });

  return db.$transaction(async (tx) => {
    const status = await applyTransition(tx, {
      report,
      transition,
      actor: o.actor,
      publicNote: o.publicNote?.trim() || undefined,
      internalNote: o.internalNote?.trim() || undefined,
      agencyId: o.agencyId,
      resolution: o.resolution,
    });
    return { status };
  });
}
