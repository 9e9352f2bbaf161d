import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { LessonInput, QuestionInput, VersionRulesInput } from './course-input';
import { assertMayEditCourse, ensureDraft, loadEditableCourse } from './course-draft';
import { parsesWithinBudget } from './markdown-budget';

/** One change to a course's content. Lesson and question ids may be the published version's: the draft's copy is changed. */
export type CourseEdit =
  | { kind: 'rules'; rules: VersionRulesInput }
  | { kind: 'lesson'; lessonId: string | null; lesson: LessonInput }
  | { kind: 'question'; questionId: string | null; question: QuestionInput }
  | { kind: 'removeLesson'; lessonId: string }
  | { kind: 'removeQuestion'; questionId: string }
  | { kind: 'move'; item: 'lesson' | 'question'; id: string; direction: 'up' | 'down' };

/**
 * Changes a course (issue #18): always its draft, made from the newest version when there is none (course-draft.ts), so
 * a published version — the one learners have started — never changes. Writes the change and `course.saved` in one
 * transaction. Returns the draft's id and number and the id of the lesson or question written (null for other edits).
 * Errors: NOT_FOUND (no such course, not the actor's to edit, or a lesson/question not of this course); VALIDATION on
 * field `markdown` (`markdownComplex`) when a lesson's Markdown does not parse within its budget (markdown-budget.ts).
 */
export async function editCourse({
  actor,
  courseId,
  edit,
}: {
  actor: Actor;
  courseId: string;
  edit: CourseEdit;
}): Promise<{ versionId: string; version: number; itemId: string | null }> {
  const db = await getDb();
  // Rendered off the event loop before the transaction opens (no row lock held while a worker runs), and only for an
  // editor of this very course who may write now: a break-it review started workers as a trainer posting to a course
  // not theirs, refused only afterwards.
  if (edit.kind === 'lesson') {
    await assertMayEditCourse(db, actor, courseId);
    if (!(await parsesWithinBudget(edit.lesson.markdown)))
      throw new AppError('VALIDATION', 'lesson markdown over its parse budget', { fieldErrors: { markdown: ['markdownComplex'] } });
  }
  return db.$transaction(async (tx) => {
    await loadEditableCourse(tx, actor, courseId);
    const draft = await ensureDraft(tx, courseId);
    const inDraft = (id: string) => draft.copied.get(id) ?? id;
    let itemId: string | null = null;

    // An id of an older version of this course (a page opened before the draft was made) is the draft's item at the
    // same place: the draft was copied from it.
    const lessonOf = async (id: string) => {
      const lesson =
        (await tx.lesson.findFirst({ where: { id: inDraft(id), versionId: draft.id }, select: { id: true, position: true } })) ??
        (await tx.lesson
          .findFirst({ where: { id, version: { courseId } }, select: { position: true } })
          .then((older) =>
            older ? tx.lesson.findFirst({ where: { versionId: draft.id, position: older.position }, select: { id: true, position: true } }) : null,
          ));
      if (!lesson) throw new AppError('NOT_FOUND');
      return lesson;
    };
    const questionOf = async (id: string) => {
      const question =
        (await tx.question.findFirst({ where: { id: inDraft(id), versionId: draft.id }, select: { id: true, position: true } })) ??
        (await tx.question
          .findFirst({ where: { id, version: { courseId } }, select: { position: true } })
          .then((older) =>
            older ? tx.question.findFirst({ where: { versionId: draft.id, position: older.position }, select: { id: true, position: true } }) : null,
          ));
      if (!question) throw new AppError('NOT_FOUND');
      return question;
    };

    switch (edit.kind) {
      case 'rules':
        await tx.courseVersion.update({ where: { id: draft.id }, data: edit.rules });
        break;
      case 'lesson': {
        if (edit.lessonId) {
          itemId = (await lessonOf(edit.lessonId)).id;
          await tx.lesson.update({ where: { id: itemId }, data: edit.lesson });
        } else {
          const last = await tx.lesson.aggregate({ where: { versionId: draft.id }, _max: { position: true } });
          itemId = (await tx.lesson.create({ data: { versionId: draft.id, position: (last._max.position ?? 0) + 1, ...edit.lesson }, select: { id: true } }))
            .id;
        }
        break;
      }
      case 'question': {
        const options = edit.question.options.map((o, i) => ({ position: i + 1, text: o.text, correct: o.correct }));
        if (edit.questionId) {
          itemId = (await questionOf(edit.questionId)).id;
          await tx.questionOption.deleteMany({ where: { questionId: itemId } });
          await tx.question.update({
            where: { id: itemId },
            data: { text: edit.question.text, multiple: edit.question.multiple, options: { create: options } },
          });
        } else {
          const last = await tx.question.aggregate({ where: { versionId: draft.id }, _max: { position: true } });
          itemId = (
            await tx.question.create({
              data: {
                versionId: draft.id,
                position: (last._max.position ?? 0) + 1,
                text: edit.question.text,
                multiple: edit.question.multiple,
                options: { create: options },
              },
              select: { id: true },
            })
          ).id;
        }
        break;
      }
      case 'removeLesson':
        await tx.lesson.delete({ where: { id: (await lessonOf(edit.lessonId)).id } });
        break;
      case 'removeQuestion':
        await tx.question.delete({ where: { id: (await questionOf(edit.questionId)).id } });
        break;
      case 'move': {
        const model = edit.item === 'lesson' ? tx.lesson : tx.question;
        const item = edit.item === 'lesson' ? await lessonOf(edit.id) : await questionOf(edit.id);
        const rows: { id: string; position: number }[] = await (model as typeof tx.lesson).findMany({
          where: { versionId: draft.id },
          orderBy: { position: 'asc' },
          select: { id: true, position: true },
        });
        const at = rows.findIndex((r) => r.id === item.id);
        const to = edit.direction === 'up' ? at - 1 : at + 1;
        if (to >= 0 && to < rows.length) {
          [rows[at], rows[to]] = [rows[to]!, rows[at]!];
          for (const [i, r] of rows.entries()) await (model as typeof tx.lesson).update({ where: { id: r.id }, data: { position: i + 1 } });
        }
        itemId = item.id;
        break;
      }
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'course.saved',
      objectType: 'course',
      objectId: courseId,
      meta: { versionId: draft.id, version: draft.version, created: false, newDraft: draft.newDraft },
    });
    return { versionId: draft.id, version: draft.version, itemId };
  });
}
