import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requiredText } from '@/lib/text/schema';

/** A revocation's reason: normalized text (lib/text), 3–500 characters; the message key is `certificates.errors.reason`. */
export const revokeReasonSchema = requiredText({ min: 3, max: 500, tooShort: 'reason' });

/**
 * The certificates an actor may revoke (lib/authz 'certificate:revoke'): the national office any; province staff
 * those whose holder belongs to their province — by the account's province or, for a member, the membership's.
 * Anyone else: none.
 */
export function revocableWhere(actor: Actor): Prisma.CertificateWhereInput | null {
  if (!can(actor, 'certificate:revoke')) return null;
  if (actor.roles.includes('NATIONAL_OFFICE')) return {};
  if (actor.roles.includes('PROVINCE_STAFF') && actor.provinceId !== null)
    return { user: { OR: [{ provinceId: actor.provinceId }, { member: { provinceId: actor.provinceId } }] } };
  return null;
}

/**
 * Revokes a certificate (issue #18: the public page then says "revoked", and nothing more) and, with it, the holder's
 * other certificates of the same course that are neither revoked nor expired — after a renewal the old one stays valid
 * until it expires, and revoking only one would leave the holder certified (found by a break-it review). The reason
 * is kept for staff (Certificate.revokeReason) and in one audit event `certificate.revoked` per certificate (the
 * others name the one chosen: `meta.with`), written with the change in one transaction. Only a certificate not yet
 * revoked changes (a conditional update, so two staff revoking at once cannot both succeed).
 * @returns the ids revoked, the chosen certificate's first
 * @throws AppError NOT_FOUND for an unknown id or a certificate out of the actor's reach (no existence leak);
 *   VALIDATION (fieldErrors.reason ['reason']) for a reason under 3 or over 500 characters; CONFLICT when already revoked
 */
export async function revokeCertificate({
  actor,
  certificateId,
  reason,
  now = new Date(),
}: {
  actor: Actor | null;
  certificateId: string;
  reason: string;
  now?: Date;
}): Promise<string[]> {
  const where = actor ? revocableWhere(actor) : null;
  if (!actor || !where || !z.uuid().safeParse(certificateId).success) throw new AppError('NOT_FOUND');
  const parsed = revokeReasonSchema.safeParse(reason);
  if (!parsed.success) throw new AppError('VALIDATION', 'revoke reason', { fieldErrors: { reason: ['reason'] } });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const found = await tx.certificate.findFirst({
      where: { AND: [{ id: certificateId }, where] },
      select: { id: true, userId: true, version: { select: { courseId: true } } },
    });
    if (!found) throw new AppError('NOT_FOUND');
    const data = { revokedAt: now, revokedById: actor.id, revokeReason: parsed.data };
    const { count } = await tx.certificate.updateMany({ where: { id: certificateId, revokedAt: null }, data });
    if (count === 0) throw new AppError('CONFLICT', 'certificate already revoked');
    const others = await tx.certificate.findMany({
      where: { userId: found.userId, id: { not: certificateId }, revokedAt: null, expiresAt: { gt: now }, version: { courseId: found.version.courseId } },
      select: { id: true },
    });
    if (others.length) await tx.certificate.updateMany({ where: { id: { in: others.map((o) => o.id) }, revokedAt: null }, data });
    for (const id of [certificateId, ...others.map((o) => o.id)])
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'certificate.revoked',
        objectType: 'certificate',
        objectId: id,
        meta: id === certificateId ? { reason: parsed.data } : { reason: parsed.data, with: certificateId },
      });
    return [certificateId, ...others.map((o) => o.id)];
  });
}
