import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { can } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import type { CreateCourseInput } from './course-input';
import { mayWriteAudience, mayWriteCourses, notApprovedToWrite } from './training-access';

/**
 * A new course with its first version as a draft (issue #18). The national office or a trainer (who then edits it
 * alone with the national office: course-edit-access.ts). Errors: FORBIDDEN (not an editor; `title: notApprovedToWrite` for a trainer not approved now: training-access.ts
 * mayWriteCourses; `audience: trainersNational` for a trainers' course by a provincial trainer: mayWriteAudience),
 * VALIDATION `slug: taken`.
 */
export async function createCourse({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: CreateCourseInput;
  now?: Date;
}): Promise<{ id: string; versionId: string }> {
  if (!can(actor, 'course:edit')) throw new AppError('FORBIDDEN');
  if (!mayWriteAudience(actor, input.audience))
    throw new AppError('FORBIDDEN', 'trainers’ course by a provincial trainer', { fieldErrors: { audience: ['trainersNational'] } });
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      if (!(await mayWriteCourses(tx, actor, now))) throw notApprovedToWrite();
      const { slug, audience, ...rules } = input;
      const course = await tx.course.create({ data: { slug, audience, createdById: actor.id }, select: { id: true } });
      const version = await tx.courseVersion.create({ data: { courseId: course.id, version: 1, draftKey: course.id, ...rules }, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'course.saved',
        objectType: 'course',
        objectId: course.id,
        meta: { versionId: version.id, version: 1, created: true, newDraft: true },
      });
      return { id: course.id, versionId: version.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', 'slug taken', { fieldErrors: { slug: ['slugTaken'] } });
    throw error;
  }
}
