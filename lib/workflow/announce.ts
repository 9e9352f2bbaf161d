import 'server-only';
import { holdersWhere } from '@/lib/authz';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueueNotification } from '@/lib/notify/outbox';

// Who is told when a case reaches them (issue #13), inside the transaction of the change (the outbox):
// a core head when a member's report enters their core's queue (sent, or returned by the province), and
// an agency's liaisons when a case is referred to their agency. Reviewers of the other stages see their
// queues and hear only of deadlines (deadline-sweep.ts) and of cases assigned to them (assign-report.ts).

/** The core heads of the report's core (never its author, who may be a core head too). */
export async function announceToCoreHeads(tx: Prisma.TransactionClient, reportId: string, at: Date): Promise<void> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { id: true, caseNumber: true, provinceId: true, coreId: true, submitterId: true },
  });
  const where = holdersWhere('CORE_HEAD', 'report', { provinceId: report.provinceId, coreId: report.coreId });
  if (!where) return;
  const heads = await tx.user.findMany({ where: { ...where, ...(report.submitterId ? { id: { not: report.submitterId } } : {}) }, select: { id: true } });
  for (const head of heads)
    await enqueueNotification(
      tx,
      { userId: head.id },
      'report.entered',
      { reportId: report.id, caseNumber: report.caseNumber },
      `entered:${report.id}:${at.toISOString()}:${head.id}`,
    );
}

/** The liaisons of the agency a case was just referred to (or whose referral was withdrawn). */
export async function announceToAgency(
  tx: Prisma.TransactionClient,
  report: { id: string; caseNumber: string | null },
  agencyId: string,
  at: Date,
  template: 'referral.received' | 'referral.withdrawn' = 'referral.received',
): Promise<void> {
  const where = holdersWhere('AGENCY_LIAISON', 'report', { provinceId: null, coreId: null, agencyIds: [agencyId] });
  if (!where) return;
  for (const liaison of await tx.user.findMany({ where, select: { id: true } }))
    await enqueueNotification(
      tx,
      { userId: liaison.id },
      template,
      { reportId: report.id, caseNumber: report.caseNumber },
      `${template}:${report.id}:${agencyId}:${at.toISOString()}:${liaison.id}`,
    );
}
