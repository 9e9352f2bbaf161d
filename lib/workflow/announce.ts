import 'server-only';
import { holdersWhere } from '@/lib/authz';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueueNotifications } from '@/lib/notify/outbox';
import type { AgencyEvent, ReferralTemplate } from '@/lib/notify/templates';

// Who is told when a case reaches them (issue #13), inside the transaction of the change (the outbox):
// a core head when a member's report enters their core's queue (sent, or returned by the province), and
// an agency's liaisons when a case is referred to their agency. Reviewers of the other stages see their
// queues and hear only of deadlines (deadline-sweep.ts) and of cases assigned to them (assign-report.ts).
// Between Sajam and an agency (issue #14) each side hears of the other's moves on a referral.

/** The core heads of the report's core (never its author, who may be a core head too). */
export async function announceToCoreHeads(tx: Prisma.TransactionClient, reportId: string, at: Date): Promise<void> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { id: true, caseNumber: true, provinceId: true, coreId: true, submitterId: true },
  });
  const where = holdersWhere('CORE_HEAD', 'report', { provinceId: report.provinceId, coreId: report.coreId });
  if (!where) return;
  const heads = await tx.user.findMany({ where: { ...where, ...(report.submitterId ? { id: { not: report.submitterId } } : {}) }, select: { id: true } });
  await enqueueNotifications(tx, {
    userIds: heads.map((h) => h.id),
    template: 'report.entered',
    params: { reportId: report.id, caseNumber: report.caseNumber },
    dedupeKey: (id) => `entered:${report.id}:${at.toISOString()}:${id}`,
  });
}

/** The liaisons of one agency, told about their referral of a case (received, withdrawn, sent back, …). */
export async function announceToAgency(
  tx: Prisma.TransactionClient,
  referral: { id: string; caseNumber: string | null; referralId: string },
  agencyId: string,
  at: Date,
  template: ReferralTemplate = 'referral.received',
): Promise<void> {
  const where = holdersWhere('AGENCY_LIAISON', 'report', { provinceId: null, coreId: null, agencyIds: [agencyId] });
  if (!where) return;
  const liaisons = await tx.user.findMany({ where, select: { id: true } });
  await enqueueNotifications(tx, {
    userIds: liaisons.map((l) => l.id),
    template,
    params: { referralId: referral.referralId, caseNumber: referral.caseNumber },
    dedupeKey: (id) => `${template}:${referral.referralId}:${at.toISOString()}:${id}`,
  });
}

/**
 * The national office, told what an agency did with a referral (answered, asked, declined) or that the
 * follow-up job escalated it: the case's assignee when it has one, else every national office account.
 */
export async function announceToNationalOffice(
  tx: Prisma.TransactionClient,
  report: { id: string; caseNumber: string | null },
  params: { agency: string; event: AgencyEvent },
  at: Date,
): Promise<void> {
  const { assigneeId } = await tx.report.findUniqueOrThrow({ where: { id: report.id }, select: { assigneeId: true } });
  const where = holdersWhere('NATIONAL_OFFICE', 'report', {});
  if (!where) return;
  const people = await tx.user.findMany({ where: assigneeId ? { ...where, id: assigneeId } : where, select: { id: true } });
  const to = people.length ? people : await tx.user.findMany({ where, select: { id: true } });
  await enqueueNotifications(tx, {
    userIds: to.map((p) => p.id),
    template: 'referral.agencyMoved',
    params: { reportId: report.id, caseNumber: report.caseNumber, agency: params.agency, event: params.event },
    dedupeKey: (id) => `agencyMoved:${report.id}:${params.event}:${at.toISOString()}:${id}`,
  });
}
