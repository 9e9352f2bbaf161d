import type { Actor } from '@/lib/authz';
import { createCourse } from '@/lib/training/create-course';
import type { CourseAudience } from '@/lib/generated/prisma/client';
import { editCourse } from '@/lib/training/edit-course';
import { publishCourseVersion } from '@/lib/training/publish-course-version';
import { uniqueSuffix } from './db';

/** The rules a test course carries unless told otherwise: pass at 50 %, two attempts, 60 minutes between, 24 months. */
export const TEST_RULES = { passMark: 50, attemptLimit: 2, attemptWaitMinutes: 60, validMonths: 24 };

/**
 * A course made and published through the use cases, as an editor would: two lessons and two questions (the first with
 * one right answer, the second with two). Returns its ids and which options are right, for tests that answer it.
 */
export async function createPublishedCourse(editor: Actor, o: { audience?: CourseAudience; rules?: Partial<typeof TEST_RULES> } = {}) {
  const slug = `c-${uniqueSuffix()}`.toLowerCase();
  const { id } = await createCourse({
    actor: editor,
    input: { slug, audience: o.audience ?? 'MEMBER', title: `دورهٔ ${slug}`, description: 'شرح دوره برای آزمون.', ...TEST_RULES, ...o.rules },
  });
  for (const n of [1, 2])
    await editCourse({
      actor: editor,
      courseId: id,
      edit: { kind: 'lesson', lessonId: null, lesson: { title: `درس ${n}`, markdown: `## درس ${n}\n\nمتن درس برای آزمون.`, minutes: 10 } },
    });
  await editCourse({
    actor: editor,
    courseId: id,
    edit: {
      kind: 'question',
      questionId: null,
      question: {
        text: 'پرسش یک',
        multiple: false,
        options: [
          { text: 'درست', correct: true },
          { text: 'نادرست', correct: false },
        ],
      },
    },
  });
  await editCourse({
    actor: editor,
    courseId: id,
    edit: {
      kind: 'question',
      questionId: null,
      question: {
        text: 'پرسش دو',
        multiple: true,
        options: [
          { text: 'الف', correct: true },
          { text: 'ب', correct: true },
          { text: 'ج', correct: false },
        ],
      },
    },
  });
  const { versionId } = await publishCourseVersion({ actor: editor, courseId: id });
  return { id, slug, versionId };
}
