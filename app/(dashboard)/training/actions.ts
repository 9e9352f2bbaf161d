'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { completeLesson } from '@/lib/training/complete-lesson';
import { addLessonFile } from '@/lib/training/lesson-files/add-lesson-file';
import { removeLessonFile } from '@/lib/training/lesson-files/remove-lesson-file';
import { createCourse } from '@/lib/training/create-course';
import { createCourseInput, lessonInput, parseQuestionForm, versionRulesInput } from '@/lib/training/course-input';
import { editCourse } from '@/lib/training/edit-course';
import { enroll } from '@/lib/training/enroll';
import { grantAttempts } from '@/lib/training/grant-attempts';
import { publishCourseVersion } from '@/lib/training/publish-course-version';
import { startQuizAttempt } from '@/lib/training/start-quiz-attempt';
import { answersFromForm, submitQuizAttempt } from '@/lib/training/submit-quiz-attempt';

// The training pages' actions (issue #18): each parses its form and calls one use case in lib/training/, which checks
// who may do it and where. Ids travel as hidden fields and are checked as UUIDs here; a wrong one is NOT_FOUND there.
const uuid = z.uuid();
const courseRef = z.object({ courseId: uuid });

export const createCourseAction = authedAction('course:edit', { namespace: 'training', input: createCourseInput }, async ({ actor, input }) => {
  const { id } = await createCourse({ actor, input });
  redirect(`/training/edit/${id}`);
});

export const saveRulesAction = authedAction(
  'course:edit',
  { namespace: 'training', input: versionRulesInput.extend({ courseId: uuid }), done: 'editor.saved' },
  async ({ actor, input }) => {
    const { courseId, ...rules } = input;
    await editCourse({ actor, courseId, edit: { kind: 'rules', rules } });
    revalidatePath(`/training/edit/${courseId}`);
  },
);

export const saveLessonAction = authedAction(
  'course:edit',
  { namespace: 'training', input: lessonInput.extend({ courseId: uuid, lessonId: z.union([uuid, z.literal('')]) }), done: 'editor.saved' },
  async ({ actor, input }) => {
    const { courseId, lessonId, ...lesson } = input;
    const { itemId } = await editCourse({ actor, courseId, edit: { kind: 'lesson', lessonId: lessonId || null, lesson } });
    revalidatePath(`/training/edit/${courseId}`);
    if (!lessonId) redirect(`/training/edit/${courseId}/lessons/${itemId}`);
  },
);

export const saveQuestionAction = authedAction(
  'course:edit',
  {
    namespace: 'training',
    input: (formData) => {
      const ids = z.object({ courseId: uuid, questionId: z.union([uuid, z.literal('')]) }).safeParse(Object.fromEntries(formData));
      const question = parseQuestionForm(formData);
      if (!ids.success) return ids as never;
      if (!question.success) return question as never;
      return { success: true, data: { ...ids.data, question: question.data } } as const;
    },
    done: 'editor.saved',
  },
  async ({ actor, input }) => {
    const { itemId } = await editCourse({
      actor,
      courseId: input.courseId,
      edit: { kind: 'question', questionId: input.questionId || null, question: input.question },
    });
    revalidatePath(`/training/edit/${input.courseId}`);
    if (!input.questionId) redirect(`/training/edit/${input.courseId}/questions/${itemId}`);
  },
);

export const removeItemAction = authedAction(
  'course:edit',
  { namespace: 'training', input: courseRef.extend({ item: z.enum(['lesson', 'question']), itemId: uuid }) },
  async ({ actor, input }) => {
    await editCourse({
      actor,
      courseId: input.courseId,
      edit: input.item === 'lesson' ? { kind: 'removeLesson', lessonId: input.itemId } : { kind: 'removeQuestion', questionId: input.itemId },
    });
    revalidatePath(`/training/edit/${input.courseId}`);
    redirect(`/training/edit/${input.courseId}`);
  },
);

export const moveItemAction = authedAction(
  'course:edit',
  { namespace: 'training', input: courseRef.extend({ item: z.enum(['lesson', 'question']), itemId: uuid, direction: z.enum(['up', 'down']) }) },
  async ({ actor, input }) => {
    await editCourse({ actor, courseId: input.courseId, edit: { kind: 'move', item: input.item, id: input.itemId, direction: input.direction } });
    revalidatePath(`/training/edit/${input.courseId}`);
    redirect(`/training/edit/${input.courseId}`);
  },
);

// The draft's button goes once published (its answer with it): the page says so from the address instead.
export const publishAction = authedAction('course:edit', { namespace: 'training', input: courseRef }, async ({ actor, input }) => {
  const { version } = await publishCourseVersion({ actor, courseId: input.courseId });
  revalidatePath(`/training/edit/${input.courseId}`);
  revalidatePath('/training');
  redirect(`/training/edit/${input.courseId}?published=${version}`);
});

export const enrollAction = authedAction(
  'training:learn',
  { namespace: 'training', input: z.object({ slug: z.string().max(60) }) },
  async ({ actor, input }) => {
    await enroll({ actor, courseSlug: input.slug });
    revalidatePath(`/training/courses/${input.slug}`);
    redirect(`/training/courses/${input.slug}`);
  },
);

export const completeLessonAction = authedAction('training:learn', { namespace: 'training', input: z.object({ lessonId: uuid }) }, async ({ actor, input }) => {
  await completeLesson({ actor, lessonId: input.lessonId });
  revalidatePath(`/training/lessons/${input.lessonId}`);
  redirect(`/training/lessons/${input.lessonId}`);
});

export const startQuizAction = authedAction('training:learn', { namespace: 'training', input: courseRef }, async ({ actor, input }) => {
  const { attemptId } = await startQuizAttempt({ actor, courseId: input.courseId });
  redirect(`/training/quiz/${attemptId}`);
});

export const submitQuizAction = authedAction(
  'training:learn',
  { namespace: 'training', input: z.object({ attemptId: uuid }).loose() },
  async ({ actor, input, formData }) => {
    await submitQuizAttempt({ actor, attemptId: input.attemptId, answers: answersFromForm(formData) });
    revalidatePath('/training');
    redirect(`/training/quiz/${input.attemptId}`);
  },
);

export const grantAttemptsAction = authedAction(
  'trainingGroup:manage',
  { namespace: 'training', input: z.object({ enrollmentId: uuid }), done: 'granted' },
  async ({ actor, input }) => {
    await grantAttempts({ actor, enrollmentId: input.enrollmentId });
    revalidatePath('/training/groups', 'layout');
  },
);

/**
 * Adds a file or video to a draft's lesson (lib/training/lesson-files/add-lesson-file.ts checks the editor, the draft,
 * the type from the bytes and the size). With JavaScript it goes through /training/lesson-files/send with a progress bar.
 */
export const addLessonFileAction = authedAction(
  'course:edit',
  { namespace: 'lessons', input: z.object({ courseId: uuid, lessonId: uuid }).loose(), done: 'added' },
  async ({ actor, input, formData }) => {
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0) throw new AppError('VALIDATION', 'no file', { fieldErrors: { file: ['empty'] } });
    await addLessonFile({ actor, lessonId: input.lessonId, file });
    revalidatePath(`/training/edit/${input.courseId}/lessons/${input.lessonId}`);
  },
);

export const removeLessonFileAction = authedAction(
  'course:edit',
  { namespace: 'lessons', input: z.object({ courseId: uuid, lessonId: uuid, fileId: uuid }) },
  async ({ actor, input }) => {
    await removeLessonFile({ actor, fileId: input.fileId });
    revalidatePath(`/training/edit/${input.courseId}/lessons/${input.lessonId}`);
    redirect(`/training/edit/${input.courseId}/lessons/${input.lessonId}`);
  },
);
