import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { runGroupWhere } from '@/lib/training/training-access';

/**
 * Posts an announcement to a group the actor runs (its trainer, or the national office). The body is normalised
 * free text of 1–2000 characters (group-input.ts announcementSchema). No audit event: an announcement is the
 * runner's own words, kept with its author and time in GroupAnnouncement itself.
 * Errors: NOT_FOUND (not the actor's to run).
 */
export async function postAnnouncement({ actor, groupId, body }: { actor: Actor; groupId: string; body: string }): Promise<{ id: string }> {
  const db = await getDb();
  const group = await db.trainingGroup.findFirst({ where: { AND: [{ id: groupId }, runGroupWhere(actor)] }, select: { id: true } });
  if (!group) throw new AppError('NOT_FOUND');
  return db.groupAnnouncement.create({ data: { groupId: group.id, authorId: actor.id, body }, select: { id: true } });
}
