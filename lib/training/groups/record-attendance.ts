import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { runGroupWhere } from '@/lib/training/training-access';
import type { AttendanceInput } from './group-input';

/**
 * Records who came to a session of a group the actor runs: every learner now in the group gets one Attendance row
 * (present when ticked, absent otherwise), written again on each save (upsert: a correction replaces the record).
 * Ticked ids that are not the group's learners are ignored. One `training_group.attendance_recorded` event with the
 * counts, in the same transaction.
 * Errors: NOT_FOUND (the session is absent or its group not the actor's to run); CONFLICT `present: notStarted`
 * before the session begins (nobody has attended yet).
 */
export async function recordAttendance({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: AttendanceInput;
  now?: Date;
}): Promise<{ present: number; absent: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const session = await tx.groupSession.findFirst({
      where: { id: input.sessionId, group: runGroupWhere(actor) },
      select: { id: true, groupId: true, startsAt: true, group: { select: { members: { select: { userId: true } } } } },
    });
    if (!session) throw new AppError('NOT_FOUND');
    if (session.startsAt.getTime() > now.getTime()) throw new AppError('CONFLICT', 'session not started', { fieldErrors: { present: ['notStarted'] } });
    const ticked = new Set(input.present);
    let present = 0;
    for (const { userId } of session.group.members) {
      const isPresent = ticked.has(userId);
      if (isPresent) present++;
      await tx.attendance.upsert({
        where: { sessionId_userId: { sessionId: session.id, userId } },
        create: { sessionId: session.id, userId, present: isPresent, recordedAt: now },
        update: { present: isPresent, recordedAt: now },
      });
    }
    const absent = session.group.members.length - present;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'training_group.attendance_recorded',
      objectType: 'training_group',
      objectId: session.groupId,
      meta: { sessionId: session.id, present, absent },
    });
    return { present, absent };
  });
}
