import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { runGroupWhere } from '@/lib/training/training-access';
import type { ScheduleSessionInput } from './group-input';
import { lockGroup } from './repeat-guard';

/**
 * Schedules an online session of a group the actor runs, with its `training_group.session_scheduled` event, in one
 * transaction. The input is parsed by group-input.ts scheduleSessionSchema: a Jalali date and a time in Tehran made one
 * instant, 15–480 minutes, and a room link that passed parseRoomUrl (https, ≤ 500 characters, no credentials).
 * Errors: NOT_FOUND (not the actor's to run); VALIDATION `date: past` when the session would start before `now`.
 */
export async function scheduleSession({ actor, input, now = new Date() }: { actor: Actor; input: ScheduleSessionInput; now?: Date }): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const group = await tx.trainingGroup.findFirst({ where: { AND: [{ id: input.groupId }, runGroupWhere(actor, now)] }, select: { id: true } });
    if (!group) throw new AppError('NOT_FOUND');
    if (input.startsAt.getTime() < now.getTime()) throw new AppError('VALIDATION', 'session in the past', { fieldErrors: { date: ['past'] } });
    // The same session sent twice (same title and start) is the one already scheduled (repeat-guard.ts).
    await lockGroup(tx, group.id);
    const repeat = await tx.groupSession.findFirst({ where: { groupId: group.id, title: input.title, startsAt: input.startsAt }, select: { id: true } });
    if (repeat) return repeat;
    const session = await tx.groupSession.create({
      data: { groupId: group.id, title: input.title, startsAt: input.startsAt, minutes: input.minutes, roomUrl: input.roomUrl },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'training_group.session_scheduled',
      objectType: 'training_group',
      objectId: group.id,
      meta: { sessionId: session.id },
    });
    return session;
  });
}
