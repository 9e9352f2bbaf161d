import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { seededDb } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { createPublishedCourse } from '@/lib/testing/training';
import { completeLesson } from './complete-lesson';
import { createCourse } from './create-course';
import { editCourse } from './edit-course';
import { enroll } from './enroll';
import { getCourseForEditor } from './get-course-for-editor';
import { getCourseForLearner } from './get-course-for-learner';
import { getLesson } from './get-lesson';
import { getQuizAttempt } from './get-quiz-attempt';
import { grantAttempts } from './grant-attempts';
import { listCourses } from './list-courses';
import { publishCourseVersion } from './publish-course-version';
import { startQuizAttempt } from './start-quiz-attempt';
import { submitQuizAttempt } from './submit-quiz-attempt';
import { createApprovedTrainer } from '@/lib/testing/training-groups';

const TEHRAN = 8;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (error) {
    if (isAppError(error)) return `${error.code}${error.fieldErrors ? ':' + Object.values(error.fieldErrors).flat().join(',') : ''}`;
    throw error;
  }
}

/** The right option ids per question, read from the database as only a test may. */
async function rightAnswers(db: Db, versionId: string, wrong = false) {
  const questions = await db.question.findMany({ where: { versionId }, include: { options: true } });
  return Object.fromEntries(questions.map((q) => [q.id, q.options.filter((o) => o.correct !== wrong).map((o) => o.id)]));
}

describe('training: courses, versions, lessons, quiz', () => {
  it('a member enrolls, completes the lessons, fails, waits, passes; the certificate names the version', async () => {
    const db = await seededDb();
    const office = await createActor(db, ['NATIONAL_OFFICE']);
    const member = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const { id: courseId, slug, versionId } = await createPublishedCourse(office);

    expect((await listCourses({ actor: member })).learning.map((c) => c.slug)).toContain(slug);
    const before = await getCourseForLearner({ actor: member, slug });
    expect(before).toMatchObject({ mayEnroll: true, enrollment: null, questionCount: 2 });

    const { enrollmentId } = await enroll({ actor: member, courseSlug: slug });
    expect((await enroll({ actor: member, courseSlug: slug })).enrollmentId).toBe(enrollmentId);

    // The quiz waits for the lessons.
    expect(await codeOf(startQuizAttempt({ actor: member, courseId }))).toBe('VALIDATION:lessonsFirst');
    const lessons = (await getCourseForLearner({ actor: member, slug })).lessons;
    for (const lesson of lessons) await completeLesson({ actor: member, lessonId: lesson.id });
    await completeLesson({ actor: member, lessonId: lessons[0]!.id }); // again: no change
    expect((await getCourseForLearner({ actor: member, slug })).lessons.every((l) => l.done)).toBe(true);

    const t0 = new Date('2026-03-20T20:00:00Z'); // 23:30 Tehran, Esfand 29 1404
    const first = await startQuizAttempt({ actor: member, courseId, now: t0 });
    expect((await startQuizAttempt({ actor: member, courseId, now: t0 })).attemptId).toBe(first.attemptId);
    const view = await getQuizAttempt({ actor: member, attemptId: first.attemptId });
    expect(JSON.stringify(view)).not.toContain('correct');
    expect(view.questions).toHaveLength(2);

    // Wrong answers, stuffed with values that are no option of the question and a question that is not in the quiz.
    const wrong = await rightAnswers(db, versionId, true);
    const stuffed = Object.fromEntries(Object.entries(wrong).map(([q, ids]) => [q, [...ids, ...ids, 'x'.repeat(10_000)]]));
    const failed = await submitQuizAttempt({
      actor: member,
      attemptId: first.attemptId,
      answers: { ...stuffed, [crypto.randomUUID()]: ['y'.repeat(10_000)] },
      now: t0,
    });
    expect(failed).toEqual({ score: 0, passed: false, certificateId: null });
    // Stored: what was scored, each option once.
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId } })).answers).toEqual(wrong);
    expect(await codeOf(submitQuizAttempt({ actor: member, attemptId: first.attemptId, answers: await rightAnswers(db, versionId), now: t0 }))).toBe(
      'CONFLICT:submitted',
    );
    expect(await codeOf(startQuizAttempt({ actor: member, courseId, now: new Date(t0.getTime() + 59 * 60_000) }))).toBe('VALIDATION:wait');

    const t1 = new Date(t0.getTime() + 61 * 60_000); // 00:31 Tehran, Farvardin 1 1405
    const second = await startQuizAttempt({ actor: member, courseId, now: t1 });
    expect(second.attemptId).not.toBe(first.attemptId);
    const passed = await submitQuizAttempt({ actor: member, attemptId: second.attemptId, answers: await rightAnswers(db, versionId), now: t1 });
    expect(passed).toMatchObject({ score: 100, passed: true });
    const certificate = await db.certificate.findUniqueOrThrow({ where: { id: passed.certificateId! } });
    expect(certificate).toMatchObject({ userId: member.id, versionId, enrollmentId, revokedAt: null });
    const enrollment = await db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } });
    expect(enrollment.completedAt).toEqual(t1);
    expect(enrollment.openKey).toBeNull();
    expect(await db.auditEvent.count({ where: { action: 'training.quiz_submitted', objectId: enrollmentId } })).toBe(2);

    // Certified: no new enrollment before the renewal window.
    expect(await codeOf(enroll({ actor: member, courseSlug: slug, now: t1 }))).toBe('CONFLICT:certified');
  });

  it('attempts run out, the group trainer or the national office grants one more; another learner is NOT_FOUND', async () => {
    const db = await seededDb();
    const office = await createActor(db, ['NATIONAL_OFFICE']);
    const member = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const other = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const { id: courseId, slug, versionId } = await createPublishedCourse(office, { rules: { attemptLimit: 1, attemptWaitMinutes: 0 } });
    const { enrollmentId } = await enroll({ actor: member, courseSlug: slug });
    for (const l of (await getCourseForLearner({ actor: member, slug })).lessons) await completeLesson({ actor: member, lessonId: l.id });
    const { attemptId } = await startQuizAttempt({ actor: member, courseId });
    expect(await codeOf(getQuizAttempt({ actor: other, attemptId }))).toBe('NOT_FOUND');
    expect(await codeOf(submitQuizAttempt({ actor: other, attemptId, answers: {} }))).toBe('NOT_FOUND');
    await submitQuizAttempt({ actor: member, attemptId, answers: await rightAnswers(db, versionId, true) });
    expect(await codeOf(startQuizAttempt({ actor: member, courseId }))).toBe('VALIDATION:exhausted');
    const trainer = await createApprovedTrainer(db, TEHRAN);
    expect(await codeOf(grantAttempts({ actor: trainer, enrollmentId }))).toBe('NOT_FOUND');
    await grantAttempts({ actor: office, enrollmentId });
    expect(await codeOf(startQuizAttempt({ actor: member, courseId }))).toBe('ok');
  });

  it('a revoked certificate bars its holder from the course until it would have expired: no enrollment, no attempt', async () => {
    const db = await seededDb();
    const office = await createActor(db, ['NATIONAL_OFFICE']);
    const member = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const { id: courseId, slug, versionId } = await createPublishedCourse(office, { rules: { attemptWaitMinutes: 0 } });
    const pass = async (now: Date) => {
      await enroll({ actor: member, courseSlug: slug, now });
      for (const l of (await getCourseForLearner({ actor: member, slug, now })).lessons) await completeLesson({ actor: member, lessonId: l.id });
      const { attemptId } = await startQuizAttempt({ actor: member, courseId, now });
      return submitQuizAttempt({ actor: member, attemptId, answers: await rightAnswers(db, versionId), now });
    };
    const t0 = new Date('2026-06-01T08:00:00Z');
    const first = await pass(t0);
    const { expiresAt } = await db.certificate.findUniqueOrThrow({ where: { id: first.certificateId! } });
    // Renewal opened inside the window, then the certificate is revoked (as revoke-certificate.ts writes it).
    const inWindow = new Date(expiresAt.getTime() - 10 * 86_400_000);
    await enroll({ actor: member, courseSlug: slug, now: inWindow });
    await db.certificate.update({ where: { id: first.certificateId! }, data: { revokedAt: inWindow, revokeReason: 'تخلف' } });
    expect(await codeOf(startQuizAttempt({ actor: member, courseId, now: inWindow }))).toBe('VALIDATION:revoked');
    const view = await getCourseForLearner({ actor: member, slug, now: inWindow });
    expect(view).toMatchObject({ barredUntil: expiresAt, mayEnroll: false });
    // With no enrollment open, none is made; the bar ends when the revoked certificate would have expired.
    await db.enrollment.updateMany({ where: { userId: member.id, completedAt: null }, data: { openKey: null, completedAt: inWindow } });
    expect(await codeOf(enroll({ actor: member, courseSlug: slug, now: inWindow }))).toBe('CONFLICT:revoked');
    const after = new Date(expiresAt.getTime() + 60_000);
    expect((await getCourseForLearner({ actor: member, slug, now: after })).barredUntil).toBeNull();
    expect((await pass(after)).passed).toBe(true);
  });

  it('answers NOT_FOUND, not a database error, to ids that are not UUIDs (as typed into the address bar)', async () => {
    const db = await seededDb();
    const office = await createActor(db, ['NATIONAL_OFFICE']);
    for (const bad of ['abc', "1' OR '1'='1", '']) {
      expect(await codeOf(getLesson({ actor: office, lessonId: bad }))).toBe('NOT_FOUND');
      expect(await codeOf(getQuizAttempt({ actor: office, attemptId: bad }))).toBe('NOT_FOUND');
      expect(await codeOf(getCourseForEditor({ actor: office, courseId: bad }))).toBe('NOT_FOUND');
      expect(await codeOf(editCourse({ actor: office, courseId: bad, edit: { kind: 'removeLesson', lessonId: bad } }))).toBe('NOT_FOUND');
      expect(await codeOf(grantAttempts({ actor: office, enrollmentId: bad }))).toBe('NOT_FOUND');
    }
  });

  it('editing a published course makes a new draft; learners keep the version they started; drafts stay hidden', async () => {
    const db = await seededDb();
    const office = await createActor(db, ['NATIONAL_OFFICE']);
    const trainer = await createApprovedTrainer(db, TEHRAN);
    const member = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const { id: courseId, slug, versionId: v1 } = await createPublishedCourse(office);
    await enroll({ actor: member, courseSlug: slug });
    const published = await getCourseForEditor({ actor: office, courseId });
    const lessonId = published.shown.lessons[0]!.id;

    // A trainer edits only the courses they wrote.
    expect(await codeOf(editCourse({ actor: trainer, courseId, edit: { kind: 'removeLesson', lessonId } }))).toBe('NOT_FOUND');
    expect(await codeOf(getCourseForEditor({ actor: member, courseId }))).toBe('NOT_FOUND');
    // Markdown the parser would take seconds on (5,000 setext headings): refused, and no draft is made for it.
    const tangled = { title: 'درس درهم', markdown: 'a\n=\n'.repeat(5_000), minutes: 5 };
    expect(await codeOf(editCourse({ actor: office, courseId, edit: { kind: 'lesson', lessonId, lesson: tangled } }))).toBe('VALIDATION:markdownComplex');
    expect(await db.courseVersion.count({ where: { courseId } })).toBe(1);

    const edited = await editCourse({
      actor: office,
      courseId,
      edit: { kind: 'lesson', lessonId, lesson: { title: 'درس یکِ تازه', markdown: 'متن تازهٔ درس یک.', minutes: 12 } },
    });
    expect(edited.version).toBe(2);
    expect(edited.itemId).not.toBe(lessonId);
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).title).toBe('درس 1');
    const again = await editCourse({ actor: office, courseId, edit: { kind: 'removeQuestion', questionId: published.shown.questions[1]!.id } });
    expect(again.versionId).toBe(edited.versionId);
    expect(await db.question.count({ where: { versionId: edited.versionId } })).toBe(1);
    expect(await db.question.count({ where: { versionId: v1 } })).toBe(2);

    // The draft is not shown to learners; the enrolled member keeps v1; a new learner after publishing gets v2.
    expect(await codeOf(getLesson({ actor: member, lessonId: edited.itemId! }))).toBe('NOT_FOUND');
    expect((await getCourseForLearner({ actor: member, slug })).version.version).toBe(1);
    await publishCourseVersion({ actor: office, courseId });
    expect((await getCourseForLearner({ actor: member, slug })).version.version).toBe(1);
    const newcomer = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    expect((await getCourseForLearner({ actor: newcomer, slug })).version).toMatchObject({ version: 2, id: edited.versionId });
    expect(await db.auditEvent.count({ where: { action: 'course.published', objectId: courseId } })).toBe(2);
  });

  it('refuses to publish an incomplete draft; a taken slug; a course of another audience is NOT_FOUND', async () => {
    const db = await seededDb();
    // A trainers' course is the national office's or a national trainer's (no province) to write: training-access.ts.
    const trainer = await createActor(db, ['TRAINER']);
    const provincial = await createApprovedTrainer(db, TEHRAN);
    const member = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const input = {
      slug: `draft-${Date.now()}`,
      audience: 'TRAINER' as const,
      title: 'دورهٔ مربیان',
      description: 'شرح دورهٔ مربیان.',
      passMark: 70,
      attemptLimit: 3,
      attemptWaitMinutes: 30,
      validMonths: 24,
    };
    const { id: courseId } = await createCourse({ actor: trainer, input });
    expect(await codeOf(createCourse({ actor: trainer, input }))).toBe('VALIDATION:slugTaken');
    expect(await codeOf(createCourse({ actor: member, input: { ...input, slug: `${input.slug}-x` } }))).toBe('FORBIDDEN');
    // A provincial trainer who wrote a trainers' course would approve themselves with it.
    expect(await codeOf(createCourse({ actor: provincial, input: { ...input, slug: `${input.slug}-p` } }))).toBe('FORBIDDEN:trainersNational');
    expect(await codeOf(createCourse({ actor: provincial, input: { ...input, slug: `${input.slug}-m`, audience: 'MEMBER' } }))).toBe('ok');
    expect(await codeOf(publishCourseVersion({ actor: trainer, courseId }))).toBe('VALIDATION:noLessons,noQuestions');
    const { slug } = await createPublishedCourse(trainer, { audience: 'TRAINER' });
    expect(await codeOf(getCourseForLearner({ actor: member, slug }))).toBe('NOT_FOUND');
    expect(await codeOf(enroll({ actor: member, courseSlug: slug }))).toBe('NOT_FOUND');
    expect(await codeOf(getCourseForLearner({ actor: trainer, slug }))).toBe('ok');
    expect(await codeOf(getCourseForLearner({ actor: provincial, slug }))).toBe('ok');
    // A lesson for a course not theirs: NOT_FOUND before its Markdown is checked (the check starts a worker thread),
    // so Markdown the check would refuse gets the same answer as any.
    const lesson = { title: 'درس', markdown: 'a\n=\n'.repeat(5_000), minutes: 5 };
    expect(await codeOf(editCourse({ actor: provincial, courseId, edit: { kind: 'lesson', lessonId: null, lesson } }))).toBe('NOT_FOUND');
  });
});
