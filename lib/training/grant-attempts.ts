import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { runGroupWhere } from './training-access';

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
    // The national office reaches every enrollment, self-enrolled ones too; a trainer only those of their groups.
    const reach = actor.roles.includes('NATIONAL_OFFICE') ? {} : { group: { is: runGroupWhere(actor) } };
    const enrollment = await tx.enrollment.findFirst({ where: { id: enrollmentId, completedAt: null, ...reach }, select: { id: true } });
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
