import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getStorage } from '@/lib/storage';
import { mayWriteCourses, notApprovedToWrite } from '../training-access';
import { mayEditCourse } from './course-edit-access';

/**
 * Removes a file from a lesson of a draft course version, with the course's `course.saved` audit event in the
 * same transaction. The stored object is deleted afterwards only when no other LessonFile row names it: a new
 * version's copy of a lesson points at the same object as the published one (prisma/schema.prisma, LessonFile).
 *
 * Errors: NOT_FOUND when the file does not exist or `actor` may not edit its course (mayEditCourse);
 * CONFLICT when its version is published.
 */
export async function removeLessonFile({ actor, fileId }: { actor: Actor; fileId: string }): Promise<void> {
  if (!z.uuid().safeParse(fileId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const file = await db.lessonFile.findUnique({
    where: { id: fileId },
    select: {
      storageKey: true,
      lesson: {
        select: { version: { select: { id: true, version: true, publishedAt: true, course: { select: { id: true, createdById: true, audience: true } } } } },
      },
    },
  });
  if (!file || !mayEditCourse(actor, file.lesson.version.course)) throw new AppError('NOT_FOUND');
  if (!(await mayWriteCourses(db, actor, new Date()))) throw notApprovedToWrite('file');
  const { version } = file.lesson;
  if (version.publishedAt) throw new AppError('CONFLICT', 'course version is published', { fieldErrors: { file: ['published'] } });

  const stillUsed = await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ publishedAt: Date | null }[]>`SELECT "publishedAt" FROM "CourseVersion" WHERE id = ${version.id}::uuid FOR UPDATE`;
    if (!locked || locked.publishedAt) throw new AppError('CONFLICT', 'course version is published', { fieldErrors: { file: ['published'] } });
    // Gone already (a second click): nothing to remove, and nothing to audit.
    if ((await tx.lessonFile.deleteMany({ where: { id: fileId } })).count === 0) throw new AppError('NOT_FOUND');
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'course.saved',
      objectType: 'course',
      objectId: version.course.id,
      meta: { versionId: version.id, version: version.version, created: false, newDraft: false },
    });
    return tx.lessonFile.count({ where: { storageKey: file.storageKey } });
  });
  if (stillUsed === 0) await getStorage().delete(file.storageKey);
}
