import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit/public-limits';
import { runGroupWhere } from '@/lib/training/training-access';
import { visibleGroupWhere } from '@/lib/training/training-access';
import { lockGroup, repeatWhere } from './repeat-guard';

/**
 * Posts to a group's discussion thread: its runner or one of its learners. The body is normalised free text of
 * 1–2000 characters (group-input.ts postSchema). Each account may post GROUP_POSTS_PER_HOUR (lib/rate-limit/public-limits.ts) times an hour across
 * its groups (lib/rate-limit, account limit `groupPost`), so one person cannot flood a class. The same text sent again
 * within REPEAT_WINDOW_MS returns the first post and counts nothing (repeat-guard.ts).
 * Errors: NOT_FOUND (the group is out of the actor's sight); FORBIDDEN (they see it as its overseer — province
 * staff — but neither run nor learn in it); RATE_LIMITED with the wait.
 */
export async function postToGroup({
  actor,
  groupId,
  body,
  now = new Date(),
}: {
  actor: Actor;
  groupId: string;
  body: string;
  now?: Date;
}): Promise<{ id: string }> {
  const db = await getDb();
  const group = await db.trainingGroup.findFirst({ where: { AND: [{ id: groupId }, visibleGroupWhere(actor)] }, select: { id: true } });
  if (!group) throw new AppError('NOT_FOUND');
  const [runs, learns] = await Promise.all([
    db.trainingGroup.count({ where: { AND: [{ id: group.id }, runGroupWhere(actor, now)] } }),
    db.groupMember.count({ where: { groupId: group.id, userId: actor.id } }),
  ]);
  if (runs === 0 && learns === 0) throw new AppError('FORBIDDEN');
  const same = repeatWhere({ groupId: group.id, authorId: actor.id, body, now });
  // A repeat counts nothing against the limit. The limit is consumed outside the transaction: its store is the
  // database itself, on another connection than the one the transaction holds.
  const early = await db.groupPost.findFirst({ where: same, select: { id: true } });
  if (early) return early;
  await consumeLimit('groupPost', actor.id);
  return db.$transaction(async (tx) => {
    await lockGroup(tx, group.id);
    const repeat = await tx.groupPost.findFirst({ where: same, select: { id: true } });
    return repeat ?? tx.groupPost.create({ data: { groupId: group.id, authorId: actor.id, body, createdAt: now }, select: { id: true } });
  });
}
