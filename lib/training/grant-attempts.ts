import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { mayGrantAttempts } from './training-access';

/** Attempts one grant adds (the trainer may grant again). */
export const ATTEMPTS_PER_GRANT = 1;

/**
 * A learner who used every attempt gets another from the trainer of their group (or the national office): issue #18's
 * "a limited number of attempts" with a way on that a person decides, audited. Errors: NOT_FOUND (not an open
 * enrollment of a learner in a group of that course the actor runs: training-access.ts mayGrantAttempts).
 */
export async function grantAttempts({ actor, enrollmentId, now = new Date() }: { actor: Actor; enrollmentId: string; now?: Date }): Promise<void> {
  if (!z.uuid().safeParse(enrollmentId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const enrollment = await tx.enrollment.findFirst({ where: { id: enrollmentId, completedAt: null }, select: { id: true, userId: true, courseId: true } });
    if (!enrollment || !(await mayGrantAttempts(tx, actor, enrollment, now))) throw new AppError('NOT_FOUND');
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
