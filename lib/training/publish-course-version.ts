import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { loadEditableCourse } from './course-draft';

/**
 * Publishes a course's draft: it becomes the current version, taken by every new enrollment; those already started keep
 * theirs (issue #18). A draft is publishable with at least one lesson and one question, every question with two
 * options or more and its right answers (checked again here: a question's form enforces it, but a draft is data).
 * Errors: NOT_FOUND (not the actor's course), CONFLICT `noDraft`, VALIDATION `publish: [noLessons|noQuestions|badQuestion]`.
 */
export async function publishCourseVersion({
  actor,
  courseId,
  now = new Date(),
}: {
  actor: Actor;
  courseId: string;
  now?: Date;
}): Promise<{ versionId: string; version: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await loadEditableCourse(tx, actor, courseId);
    const draft = await tx.courseVersion.findUnique({
      where: { draftKey: courseId },
      include: { _count: { select: { lessons: true } }, questions: { include: { options: { select: { correct: true } } } } },
    });
    if (!draft) throw new AppError('CONFLICT', 'no draft', { fieldErrors: { publish: ['noDraft'] } });
    const problems: string[] = [];
    if (draft._count.lessons === 0) problems.push('noLessons');
    if (draft.questions.length === 0) problems.push('noQuestions');
    const bad = draft.questions.some((q) => {
      const right = q.options.filter((o) => o.correct).length;
      return q.options.length < 2 || right === 0 || (!q.multiple && right !== 1);
    });
    if (bad) problems.push('badQuestion');
    if (problems.length) throw new AppError('VALIDATION', 'draft incomplete', { fieldErrors: { publish: problems } });
    await tx.courseVersion.update({ where: { id: draft.id }, data: { publishedAt: now, draftKey: null } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'course.published',
      objectType: 'course',
      objectId: courseId,
      meta: { versionId: draft.id, version: draft.version },
    });
    return { versionId: draft.id, version: draft.version };
  });
}
