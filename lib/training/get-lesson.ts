import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { mayEditCourse } from './lesson-files/course-edit-access';
import { readableAudiences } from './training-access';

export type LessonView = {
  id: string;
  title: string;
  markdown: string;
  minutes: number;
  files: { id: string; name: string; contentType: string; byteSize: number }[];
  course: { slug: string; title: string; version: number; draft: boolean };
  /** The learner's open enrollment is in this lesson's version: they may mark it done. */
  enrolled: boolean;
  done: boolean;
  previousId: string | null;
  nextId: string | null;
};

/**
 * One lesson (issue #18): of a published version the actor may read (their audience, or staff who oversee), or of a
 * draft the actor edits (a preview). Errors: NOT_FOUND otherwise.
 */
export async function getLesson({ actor, lessonId }: { actor: Actor; lessonId: string }): Promise<LessonView> {
  // An id from the address: anything but a UUID is a page that does not exist (PostgreSQL would refuse it as a 500).
  if (!z.uuid().safeParse(lessonId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    include: {
      files: { orderBy: { createdAt: 'asc' }, select: { id: true, name: true, contentType: true, byteSize: true } },
      version: { include: { course: true, lessons: { orderBy: { position: 'asc' }, select: { id: true } } } },
    },
  });
  if (!lesson) throw new AppError('NOT_FOUND');
  const { version } = lesson;
  const readable = version.publishedAt !== null ? readableAudiences(actor).includes(version.course.audience) : mayEditCourse(actor, version.course);
  if (!readable) throw new AppError('NOT_FOUND');
  const enrollment = await db.enrollment.findFirst({
    where: { userId: actor.id, versionId: version.id, completedAt: null },
    select: { id: true, lessons: { where: { lessonId }, select: { lessonId: true } } },
  });
  const at = version.lessons.findIndex((l) => l.id === lessonId);
  return {
    id: lesson.id,
    title: lesson.title,
    markdown: lesson.markdown,
    minutes: lesson.minutes,
    files: lesson.files,
    course: { slug: version.course.slug, title: version.title, version: version.version, draft: version.publishedAt === null },
    enrolled: enrollment !== null,
    done: (enrollment?.lessons.length ?? 0) > 0,
    previousId: version.lessons[at - 1]?.id ?? null,
    nextId: version.lessons[at + 1]?.id ?? null,
  };
}
