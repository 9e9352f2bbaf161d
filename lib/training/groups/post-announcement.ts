import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { runGroupWhere } from '@/lib/training/training-access';
import { lockGroup, repeatWhere } from './repeat-guard';

/**
 * Posts an announcement to a group the actor runs (its trainer, or the national office). The body is normalised
 * free text of 1–2000 characters (group-input.ts announcementSchema). No audit event: an announcement is the
 * runner's own words, kept with its author and time in GroupAnnouncement itself. The same text sent again within
 * REPEAT_WINDOW_MS returns the first announcement (repeat-guard.ts).
 * Errors: NOT_FOUND (not the actor's to run).
 */
export async function postAnnouncement({
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
  return db.$transaction(async (tx) => {
    const group = await tx.trainingGroup.findFirst({ where: { AND: [{ id: groupId }, runGroupWhere(actor, now)] }, select: { id: true } });
    if (!group) throw new AppError('NOT_FOUND');
    await lockGroup(tx, group.id);
    const repeat = await tx.groupAnnouncement.findFirst({ where: repeatWhere({ groupId: group.id, authorId: actor.id, body, now }), select: { id: true } });
    return repeat ?? tx.groupAnnouncement.create({ data: { groupId: group.id, authorId: actor.id, body, createdAt: now }, select: { id: true } });
  });
}
