import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { mayEditCourse } from './lesson-files/course-edit-access';
import { mayWriteCourses, notApprovedToWrite } from './training-access';

type Tx = Prisma.TransactionClient;

/**
 * The course an editor may change, locked for the rest of the transaction (two editors at once copy one draft).
 * Errors: NOT_FOUND (no such course, or not the actor's: course-edit-access.ts), FORBIDDEN `title: notApprovedToWrite`
 * (training-access.ts mayWriteCourses).
 */
export async function loadEditableCourse(tx: Tx, actor: Actor, courseId: string, now: Date = new Date()) {
  if (!z.uuid().safeParse(courseId).success) throw new AppError('NOT_FOUND');
  await tx.$queryRaw`SELECT "id" FROM "Course" WHERE "id" = ${courseId}::uuid FOR UPDATE`;
  return editableCourse(tx, actor, courseId, now);
}

/**
 * The same checks as loadEditableCourse without the lock, for work before the transaction opens that only an editor
 * of this course may cause (edit-course.ts: a lesson's Markdown check starts a worker thread). Same errors.
 */
export async function assertMayEditCourse(db: Tx, actor: Actor, courseId: string, now: Date = new Date()): Promise<void> {
  if (!z.uuid().safeParse(courseId).success) throw new AppError('NOT_FOUND');
  await editableCourse(db, actor, courseId, now);
}

async function editableCourse(tx: Tx, actor: Actor, courseId: string, now: Date) {
  const course = await tx.course.findUnique({ where: { id: courseId } });
  if (!course || !mayEditCourse(actor, course)) throw new AppError('NOT_FOUND');
  if (!(await mayWriteCourses(tx, actor, now))) throw notApprovedToWrite();
  return course;
}

/**
 * The course's draft, made when there is none by copying its newest version — lessons, their files (the same stored
 * objects), questions and options — into version N+1 (issue #18: "editing a published course makes a new version;
 * learners keep the version they started"). `copied` maps the published version's lesson and question ids to the
 * draft's, so an edit aimed at a published lesson lands on its copy. Call inside loadEditableCourse's transaction.
 */
export async function ensureDraft(tx: Tx, courseId: string): Promise<{ id: string; version: number; newDraft: boolean; copied: Map<string, string> }> {
  const copied = new Map<string, string>();
  const draft = await tx.courseVersion.findUnique({ where: { draftKey: courseId }, select: { id: true, version: true } });
  if (draft) return { ...draft, newDraft: false, copied };
  const from = await tx.courseVersion.findFirst({
    where: { courseId },
    orderBy: { version: 'desc' },
    include: { lessons: { include: { files: true } }, questions: { include: { options: true } } },
  });
  if (!from) throw new AppError('NOT_FOUND');
  const created = await tx.courseVersion.create({
    data: {
      courseId,
      version: from.version + 1,
      draftKey: courseId,
      title: from.title,
      description: from.description,
      passMark: from.passMark,
      attemptLimit: from.attemptLimit,
      attemptWaitMinutes: from.attemptWaitMinutes,
      validMonths: from.validMonths,
    },
    select: { id: true, version: true },
  });
  for (const lesson of from.lessons) {
    const copy = await tx.lesson.create({
      data: {
        versionId: created.id,
        position: lesson.position,
        title: lesson.title,
        markdown: lesson.markdown,
        minutes: lesson.minutes,
        files: { create: lesson.files.map((f) => ({ storageKey: f.storageKey, name: f.name, contentType: f.contentType, byteSize: f.byteSize })) },
      },
      select: { id: true },
    });
    copied.set(lesson.id, copy.id);
  }
  for (const question of from.questions) {
    const copy = await tx.question.create({
      data: {
        versionId: created.id,
        position: question.position,
        text: question.text,
        multiple: question.multiple,
        options: { create: question.options.map((o) => ({ position: o.position, text: o.text, correct: o.correct })) },
      },
      select: { id: true },
    });
    copied.set(question.id, copy.id);
  }
  return { ...created, newDraft: true, copied };
}
