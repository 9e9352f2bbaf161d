import 'server-only';
import { reportScope, type Actor } from '@/lib/authz';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { moversFor } from '@/lib/workflow/movers';
import { transitionsFrom } from '@/lib/workflow/transitions';
import { hasRevealableIdentity, mayRevealIdentity } from './reveal-identity';

/**
 * One report as a reviewer or agency sees it, with exactly the moves this actor may make. Outside the
 * actor's scope it does not exist (NOT_FOUND). No identity field is returned: the submitting member
 * appears as "a member of core X" and contact details as "left / not left" until a reviewer reveals
 * them (revealIdentity, audited). A member who asked to stay hidden is never revealed.
 */
export async function getReportForReview(actor: Actor, reportId: string) {
  if (!z.uuid().safeParse(reportId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, reportScope(actor)] },
    // The code's hash and sealed copy never leave the data layer.
    omit: { trackingCodeHash: true, submissionKeyHash: true, trackingCodeSealed: true },
    include: {
      category: { select: { name: true, nameEn: true } },
      topic: { select: { title: true, titleEn: true } },
      province: { select: { name: true, nameEn: true } },
      county: { select: { name: true, nameEn: true } },
      core: { select: { name: true } },
      attachments: { where: { messageId: null }, select: { id: true, mimeType: true, size: true } },
      approvals: { orderBy: { createdAt: 'asc' }, include: { actor: { select: { name: true } } } },
      messages: { orderBy: { createdAt: 'asc' }, include: { attachments: { select: { id: true, mimeType: true } } } },
      referrals: { include: { agency: { select: { id: true, name: true, nameEn: true } } } },
    },
  });
  if (!report) throw new AppError('NOT_FOUND');

  const agencyIds = report.referrals.map((r) => r.agencyId);
  const actions = transitionsFrom(report.status, moversFor(actor, { ...report, agencyIds }), report);
  const agencies = actions.some((a) => a.requires.includes('agency')) ? await db.agency.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true, nameEn: true } }) : [];
  const { submitterId, contactName, contactPhone, contactEmail, approvals, ...rest } = report;
  return {
    ...rest,
    // The submitting member is not named even as the actor of their own steps (submission, answers).
    approvals: approvals.map((a) => (submitterId !== null && a.actorId === submitterId ? { ...a, actorId: null, actor: null } : a)),
    submittedByMember: submitterId !== null,
    wantsContact: Boolean(contactName || contactPhone || contactEmail),
    // Identity is never part of the page: a reviewer asks for it (revealIdentity), and the ask is audited.
    identityRevealable: mayRevealIdentity(actor, report) && hasRevealableIdentity(report),
    actions,
    agencies,
  };
}

export type ReportForReview = Awaited<ReturnType<typeof getReportForReview>>;
