import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { grantableWhere } from './training-access';

/** Attempts one grant adds (the trainer may grant again). */
export const ATTEMPTS_PER_GRANT = 1;

/**
 * A learner who used every attempt gets another from the trainer of their group (or the national office): issue #18's
 * "a limited number of attempts" with a way on that a person decides, audited. Errors: NOT_FOUND (not an open
 * enrollment in a group the actor runs).
 */
export async function grantAttempts({ actor, enrollmentId }: { actor: Actor; enrollmentId: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const enrollment = await tx.enrollment.findFirst({
      where: { AND: [{ id: enrollmentId, completedAt: null }, grantableWhere(actor)] },
      select: { id: true },
    });
    if (!enrollment) throw new AppError('NOT_FOUND');
    await tx.enrollment.update({ where: { id: enrollment.id }, data: { extraAttempts: { increment: ATTEMPTS_PER_GRANT } } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'training.attempts_granted',
      objectType: 'enrollment',
      objectId: enrollment.id,
      meta: { extra: ATTEMPTS_PER_GRANT },
    });
  });
}
