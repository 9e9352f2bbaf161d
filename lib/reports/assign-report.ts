import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { scopeWhere, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma, ReportStatus } from '@/lib/generated/prisma/client';
import { enqueueNotification } from '@/lib/notify/outbox';
import { moversFor } from '@/lib/workflow/movers';
import { reviewersInScope } from '@/lib/workflow/reviewers';
import { stageRoles } from '@/lib/workflow/transitions';
import { liveReferralAgencies } from './report-views';

type CaseFacts = { id: string; status: ReportStatus; provinceId: number; coreId: string | null; submitterId: string | null; escalatedAt: Date | null };

/**
 * The reviewers a case may be assigned to: active holders of a role that works on its current stage
 * (lib/workflow/transitions.ts stageRoles) whose reach covers it, never its author. Sorted by name.
 */
export async function assignableReviewers(tx: Prisma.TransactionClient, report: CaseFacts): Promise<{ id: string; name: string }[]> {
  const people = new Map<string, string>();
  for (const role of stageRoles(report)) {
    const ids = (await reviewersInScope(tx, { role, report })).map((u) => u.id);
    if (!ids.length) continue;
    for (const u of await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })) people.set(u.id, u.name);
  }
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fa'));
}

/** Whether this actor works on the case's current stage, and so may assign it (FORBIDDEN otherwise). */
export function mayAssign(actor: Actor, report: CaseFacts & { agencyIds: readonly string[] }): boolean {
  const working = new Set<string>(stageRoles(report));
  return moversFor(actor, report).some((role) => working.has(role));
}

export type AssignReportOptions = {
  actor: Actor;
  reportId: string;
  /** The reviewer to assign, or null to leave the case unassigned. */
  assigneeId: string | null;
};

/**
 * Assigns a case to a named reviewer of its current stage (or unassigns it). Anyone who works on the
 * stage may assign or reassign; the assignee must be one of assignableReviewers. Assignment says who
 * works on the case and puts it in their "mine" filter: it does not change who may act (the workflow
 * table does). Out of scope: NOT_FOUND; in scope but not working on this stage: FORBIDDEN. The change,
 * its audit event (before and after) and the assignee's notification commit together. A move to another
 * stage clears the assignment (apply-transition.ts).
 */
export async function assignReport({ actor, reportId, assigneeId }: AssignReportOptions): Promise<{ assignee: { id: string; name: string } | null }> {
  if (!z.uuid().safeParse(reportId).success) throw new AppError('NOT_FOUND');
  if (assigneeId !== null && !z.uuid().safeParse(assigneeId).success)
    throw new AppError('VALIDATION', 'bad assignee', { fieldErrors: { assigneeId: ['assignee'] } });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Locked: two reviewers assigning at once are applied one after the other.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Report" WHERE "id" = ${reportId}::uuid FOR UPDATE`;
    const report = locked
      ? await tx.report.findFirst({
          where: { AND: [{ id: reportId }, scopeWhere(actor, 'report')] },
          select: {
            id: true,
            caseNumber: true,
            status: true,
            provinceId: true,
            coreId: true,
            submitterId: true,
            escalatedAt: true,
            assigneeId: true,
            referrals: liveReferralAgencies,
          },
        })
      : null;
    if (!report) throw new AppError('NOT_FOUND');
    if (!mayAssign(actor, { ...report, agencyIds: report.referrals.map((r) => r.agencyId) })) throw new AppError('FORBIDDEN');
    const candidates = await assignableReviewers(tx, report);
    const assignee = assigneeId === null ? null : (candidates.find((c) => c.id === assigneeId) ?? null);
    if (assigneeId !== null && !assignee) throw new AppError('VALIDATION', 'not assignable', { fieldErrors: { assigneeId: ['assignee'] } });
    if ((assignee?.id ?? null) === report.assigneeId) return { assignee };

    const now = new Date();
    await tx.report.update({ where: { id: report.id }, data: { assigneeId: assignee?.id ?? null, assignedAt: assignee ? now : null } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'report.assigned',
      objectType: 'report',
      objectId: report.id,
      meta: { status: report.status, from: report.assigneeId, to: assignee?.id ?? null },
    });
    if (assignee && assignee.id !== actor.id)
      await enqueueNotification(
        tx,
        { userId: assignee.id },
        'report.assigned',
        { reportId: report.id, caseNumber: report.caseNumber },
        `assigned:${report.id}:${assignee.id}:${now.toISOString()}`,
      );
    return { assignee };
  });
}
