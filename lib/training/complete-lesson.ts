import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/**
 * Marks a lesson done for the learner (issue #18): only in their open enrollment in that lesson's version. Marking it
 * again changes nothing. Errors: NOT_FOUND (no such lesson, or no open enrollment in its version).
 */
export async function completeLesson({ actor, lessonId, now = new Date() }: { actor: Actor; lessonId: string; now?: Date }): Promise<void> {
  const db = await getDb();
  const lesson = await db.lesson.findUnique({ where: { id: lessonId }, select: { versionId: true } });
  if (!lesson) throw new AppError('NOT_FOUND');
  const enrollment = await db.enrollment.findFirst({ where: { userId: actor.id, versionId: lesson.versionId, completedAt: null }, select: { id: true } });
  if (!enrollment) throw new AppError('NOT_FOUND');
  await db.lessonProgress.createMany({ data: [{ enrollmentId: enrollment.id, lessonId, doneAt: now }], skipDuplicates: true });
}
