import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { runGroupWhere } from '@/lib/training/training-access';

/**
 * Takes a learner out of a group the actor runs, with a `training_group.member_removed` event, in one transaction.
 * Their open enrollment in the course is kept (the learner keeps what they did) but leaves the group, so its runner
 * no longer follows it; a completed one stays the group's record. Attendance already taken stays.
 * Errors: NOT_FOUND (the group is not the actor's to run, or the person is not in it).
 */
export async function removeGroupMember({ actor, groupId, userId }: { actor: Actor; groupId: string; userId: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const group = await tx.trainingGroup.findFirst({ where: { AND: [{ id: groupId }, runGroupWhere(actor)] }, select: { id: true } });
    if (!group) throw new AppError('NOT_FOUND');
    const removed = await tx.groupMember.deleteMany({ where: { groupId: group.id, userId } });
    if (removed.count === 0) throw new AppError('NOT_FOUND');
    await tx.enrollment.updateMany({ where: { groupId: group.id, userId, completedAt: null }, data: { groupId: null } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'training_group.member_removed',
      objectType: 'training_group',
      objectId: group.id,
      meta: { userId },
    });
  });
}
