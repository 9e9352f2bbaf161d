import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { mayEditCourse } from './lesson-files/course-edit-access';

/**
 * A course as its editor sees it (issue #18): its versions, and the draft (or, when there is none, the newest version)
 * in full — lessons with their files, questions with their options and which are right. Editors only: NOT_FOUND for
 * everyone else, so a draft never shows to learners.
 */
export async function getCourseForEditor({ actor, courseId }: { actor: Actor; courseId: string }) {
  // An id from the address: anything but a UUID is a page that does not exist (PostgreSQL would refuse it as a 500).
  if (!z.uuid().safeParse(courseId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const course = await db.course.findUnique({
    where: { id: courseId },
    include: {
      versions: {
        orderBy: { version: 'desc' },
        select: { id: true, version: true, publishedAt: true, title: true, _count: { select: { enrollments: true } } },
      },
    },
  });
  if (!course || !mayEditCourse(actor, course)) throw new AppError('NOT_FOUND');
  const shown = course.versions[0]!;
  const version = await db.courseVersion.findUniqueOrThrow({
    where: { id: shown.id },
    include: {
      lessons: { orderBy: { position: 'asc' }, include: { files: { select: { id: true, name: true, contentType: true, byteSize: true } } } },
      questions: { orderBy: { position: 'asc' }, include: { options: { orderBy: { position: 'asc' }, select: { id: true, text: true, correct: true } } } },
    },
  });
  return {
    course: { id: course.id, slug: course.slug, audience: course.audience },
    versions: course.versions.map((v) => ({ version: v.version, published: v.publishedAt, title: v.title, enrollments: v._count.enrollments })),
    shown: {
      id: version.id,
      version: version.version,
      draft: version.publishedAt === null,
      title: version.title,
      description: version.description,
      passMark: version.passMark,
      attemptLimit: version.attemptLimit,
      attemptWaitMinutes: version.attemptWaitMinutes,
      validMonths: version.validMonths,
      lessons: version.lessons.map((l) => ({ id: l.id, title: l.title, markdown: l.markdown, minutes: l.minutes, files: l.files })),
      questions: version.questions.map((q) => ({ id: q.id, text: q.text, multiple: q.multiple, options: q.options })),
    },
  };
}
export type CourseForEditor = Awaited<ReturnType<typeof getCourseForEditor>>;
