import 'server-only';
import { reportScope, type Actor } from '@/lib/authz';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { moversFor } from '@/lib/workflow/movers';
import { transitionsFrom } from '@/lib/workflow/transitions';

/**
 * One report as a reviewer or agency sees it, with exactly the moves this actor may make. Outside the
 * actor's scope it does not exist (NOT_FOUND). A member who asked to stay hidden appears only as
 * "a member of core X": no name, mobile or membership code.
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
      submitter: { select: { id: true, name: true, member: { select: { membershipCode: true } } } },
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
  const { submitter, submitterId, contactName, contactPhone, contactEmail, approvals, ...rest } = report;
  const hidden = report.hideIdentity && submitterId !== null;
  return {
    ...rest,
    // A hidden member must not be named anywhere, including as the actor of their own submission step.
    approvals: approvals.map((a) => (hidden && a.actorId === submitterId ? { ...a, actorId: null, actor: null } : a)),
    submitter: submitter && !report.hideIdentity ? { name: submitter.name, membershipCode: submitter.member?.membershipCode ?? null } : null,
    submittedByMember: submitter !== null,
    wantsContact: Boolean(contactName || contactPhone || contactEmail),
    actions,
    agencies,
  };
}

export type ReportForReview = Awaited<ReturnType<typeof getReportForReview>>;
