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
 * Revokes a certificate (issue #18: the public page then says "revoked", and nothing more). The reason is kept for
 * staff (Certificate.revokeReason) and in the audit event `certificate.revoked`, written with the change in one
 * transaction. Only a certificate not yet revoked changes (a conditional update, so two staff revoking at once
 * cannot both succeed).
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
}): Promise<void> {
  const where = actor ? revocableWhere(actor) : null;
  if (!actor || !where || !z.uuid().safeParse(certificateId).success) throw new AppError('NOT_FOUND');
  const parsed = revokeReasonSchema.safeParse(reason);
  if (!parsed.success) throw new AppError('VALIDATION', 'revoke reason', { fieldErrors: { reason: ['reason'] } });
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const found = await tx.certificate.findFirst({ where: { AND: [{ id: certificateId }, where] }, select: { id: true } });
    if (!found) throw new AppError('NOT_FOUND');
    const { count } = await tx.certificate.updateMany({
      where: { id: certificateId, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.id, revokeReason: parsed.data },
    });
    if (count === 0) throw new AppError('CONFLICT', 'certificate already revoked');
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'certificate.revoked',
      objectType: 'certificate',
      objectId: certificateId,
      meta: { reason: parsed.data },
    });
  });
}
