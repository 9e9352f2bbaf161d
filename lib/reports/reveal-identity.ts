import 'server-only';
import { z } from 'zod';
import { roleReaches, scopeWhere, type Actor, type Role } from '@/lib/authz';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { decryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** Reviewers of the chain; agencies never see who reported. */
const REVEALERS: readonly Role[] = ['CORE_HEAD', 'PROVINCE_STAFF', 'NATIONAL_OFFICE'];

/** A reviewer of the chain whose scope covers the report, and not its author. */
export function mayRevealIdentity(actor: Actor, report: { provinceId: number; coreId: string | null; submitterId: string | null }): boolean {
  return report.submitterId !== actor.id && REVEALERS.some((role) => roleReaches(actor, role, 'report', { ...report, ownerId: report.submitterId }));
}

/** Whether there is anything to reveal: a member who did not hide, or contact details left by the reporter. */
export function hasRevealableIdentity(report: {
  submitterId: string | null;
  hideIdentity: boolean;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
}): boolean {
  return (report.submitterId !== null && !report.hideIdentity) || Boolean(report.contactName || report.contactPhone || report.contactEmail);
}

export type RevealedIdentity = {
  member: { name: string; membershipCode: string | null; mobile: string | null } | null;
  contact: { name: string | null; phone: string | null; email: string | null } | null;
};

/**
 * Who sent a report, for a reviewer who needs it (to call a reporter back, or to know which member
 * wrote). Every reveal is an audit event, written before the details leave the data layer. A member
 * who asked to stay hidden is never revealed; an anonymous reporter is only what they chose to leave.
 */
export async function revealIdentity({ actor, reportId }: { actor: Actor; reportId: string }): Promise<RevealedIdentity> {
  if (!z.uuid().safeParse(reportId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, scopeWhere(actor, 'report')] },
    select: {
      id: true,
      provinceId: true,
      coreId: true,
      submitterId: true,
      hideIdentity: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      submitter: { select: { name: true, mobileEnc: true, member: { select: { membershipCode: true } } } },
    },
  });
  if (!report) throw new AppError('NOT_FOUND');
  if (!mayRevealIdentity(actor, report)) throw new AppError('FORBIDDEN');

  const member =
    report.submitter && !report.hideIdentity
      ? {
          name: report.submitter.name,
          membershipCode: report.submitter.member?.membershipCode ?? null,
          mobile: report.submitter.mobileEnc ? decryptField('mobile', report.submitter.mobileEnc) : null,
        }
      : null;
  const contact =
    report.contactName || report.contactPhone || report.contactEmail
      ? { name: report.contactName, phone: report.contactPhone, email: report.contactEmail }
      : null;
  if (!hasRevealableIdentity(report)) return { member: null, contact: null };
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'report.identity_revealed',
      objectType: 'report',
      objectId: report.id,
      meta: { member: member !== null, contact: contact !== null },
    }),
  );
  return { member, contact };
}
