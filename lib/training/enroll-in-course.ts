import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { revokedUntil } from './revocation-bar';

/** Days before a certificate's expiry when its holder may start the course again to renew it. */
export const RENEWAL_WINDOW_DAYS = 60;

/** The open-enrollment key: one enrollment in progress per person and course (Enrollment.openKey is unique). */
export function openKeyOf(userId: string, courseId: string): string {
  return `${userId}:${courseId}`;
}

/** The course's current version: the newest published one, or null while it has never been published. */
export async function currentVersionOf(tx: Prisma.TransactionClient, courseId: string) {
  return tx.courseVersion.findFirst({ where: { courseId, publishedAt: { not: null } }, orderBy: { version: 'desc' } });
}

/**
 * Enrolls a person in a course's current version inside the caller's transaction — the one writer of enrollments, for
 * self-enrollment (enroll.ts) and for a group (add-group-members.ts). An enrollment already open is kept (learners keep
 * the version they started) and joined to `groupId` when it had none. A holder of a valid certificate is enrolled again
 * only within RENEWAL_WINDOW_DAYS of its expiry (returns `certified: true` and enrolls nobody before that); a holder of
 * a revoked one not before it would have expired (revocation-bar.ts; returns `barredUntil`).
 * Errors: CONFLICT when the course has no published version.
 */
export async function enrollInCourse(
  tx: Prisma.TransactionClient,
  o: { userId: string; courseId: string; groupId: string | null; actorId: string; now: Date },
): Promise<{ enrollmentId: string | null; created: boolean; certified: boolean; barredUntil: Date | null }> {
  const openKey = openKeyOf(o.userId, o.courseId);
  const open = await tx.enrollment.findUnique({ where: { openKey }, select: { id: true, groupId: true } });
  if (open) {
    if (o.groupId && !open.groupId) await tx.enrollment.update({ where: { id: open.id }, data: { groupId: o.groupId } });
    return { enrollmentId: open.id, created: false, certified: false, barredUntil: null };
  }
  const barredUntil = await revokedUntil(tx, { userId: o.userId, courseId: o.courseId, now: o.now });
  if (barredUntil) return { enrollmentId: null, created: false, certified: false, barredUntil };
  const renewFrom = new Date(o.now.getTime() + RENEWAL_WINDOW_DAYS * 86_400_000);
  const valid = await tx.certificate.findFirst({
    where: { userId: o.userId, revokedAt: null, expiresAt: { gt: renewFrom }, version: { courseId: o.courseId } },
    select: { id: true },
  });
  if (valid) return { enrollmentId: null, created: false, certified: true, barredUntil: null };
  const version = await currentVersionOf(tx, o.courseId);
  if (!version) throw new AppError('CONFLICT', 'course not published', { fieldErrors: { course: ['notPublished'] } });
  const created = await tx.enrollment.create({
    data: { userId: o.userId, courseId: o.courseId, versionId: version.id, groupId: o.groupId, openKey, startedAt: o.now },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actorId: o.actorId,
    action: 'training.enrolled',
    objectType: 'enrollment',
    objectId: created.id,
    meta: { courseId: o.courseId, versionId: version.id, groupId: o.groupId },
  });
  return { enrollmentId: created.id, created: true, certified: false, barredUntil: null };
}
