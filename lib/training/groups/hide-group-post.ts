import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { runGroupWhere } from '@/lib/training/training-access';

/**
 * Hides a post of a group the actor runs, with a reason of 3–300 characters, and its `training_group.post_hidden`
 * event, in one transaction. The body stays stored for the runner and overseers (get-group's manager view shows it
 * with the reason); learners see only that the trainer hid it.
 * Errors: NOT_FOUND (the post is absent or its group not the actor's to run); CONFLICT when it is hidden already.
 */
export async function hideGroupPost({ actor, postId, reason, now = new Date() }: { actor: Actor; postId: string; reason: string; now?: Date }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const post = await tx.groupPost.findFirst({ where: { id: postId, group: runGroupWhere(actor) }, select: { id: true, groupId: true, hiddenAt: true } });
    if (!post) throw new AppError('NOT_FOUND');
    // Conditional on still visible: two runners hiding at once write one reason and one event.
    const hidden = await tx.groupPost.updateMany({
      where: { id: post.id, hiddenAt: null },
      data: { hiddenAt: now, hiddenById: actor.id, hiddenReason: reason },
    });
    if (hidden.count === 0) throw new AppError('CONFLICT', 'already hidden');
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'training_group.post_hidden',
      objectType: 'training_group',
      objectId: post.groupId,
      meta: { postId: post.id, reason },
    });
  });
}
