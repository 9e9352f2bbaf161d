import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { issueCertificate } from './certificates/issue-certificate';
import { isComplete, scoreQuiz, type QuizAnswers } from './quiz-rules';
import { REVOKED_FIELD_ERRORS, revokedUntil } from './revocation-bar';

/** The answers as the quiz form posts them: `q_<questionId>` once per chosen option (radio or checkboxes). */
export function answersFromForm(formData: FormData): QuizAnswers {
  const answers: QuizAnswers = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith('q_') || typeof value !== 'string') continue;
    (answers[key.slice(2)] ??= []).push(value);
  }
  return answers;
}

/**
 * Scores the learner's open attempt on the server (issue #18) and, when it passes and every lesson is done, completes
 * the enrollment and issues its certificate — all in one transaction with `training.quiz_submitted`. An attempt is
 * submitted once: a second submission (a double tap, a replayed form) is CONFLICT and changes nothing.
 * Errors: NOT_FOUND (not the actor's attempt), CONFLICT `quiz: submitted`, VALIDATION `quiz: revoked` (revocation-bar.ts).
 */
export async function submitQuizAttempt({
  actor,
  attemptId,
  answers,
  now = new Date(),
}: {
  actor: Actor;
  attemptId: string;
  answers: QuizAnswers;
  now?: Date;
}): Promise<{ score: number; passed: boolean; certificateId: string | null }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const attempt = await tx.quizAttempt.findFirst({
      where: { id: attemptId, enrollment: { userId: actor.id } },
      include: {
        enrollment: {
          include: {
            lessons: { select: { lessonId: true } },
            version: { include: { lessons: { select: { id: true } }, questions: { include: { options: { select: { id: true, correct: true } } } } } },
          },
        },
      },
    });
    if (!attempt) throw new AppError('NOT_FOUND');
    const { enrollment } = attempt;
    if (await revokedUntil(tx, { userId: actor.id, courseId: enrollment.courseId, now }))
      throw new AppError('VALIDATION', 'certificate revoked', { fieldErrors: REVOKED_FIELD_ERRORS });
    // Only this version's questions and, under each, its own option ids once: what is stored is what was scored, and a
    // form stuffed with other values (a break-it review: up to the 28 MB action body) stores nothing of them.
    const kept = Object.fromEntries(
      enrollment.version.questions
        .filter((q) => answers[q.id]?.length)
        .map((q) => [q.id, [...new Set(answers[q.id])].filter((id) => q.options.some((o) => o.id === id))]),
    );
    const { score, passed } = scoreQuiz(enrollment.version.questions, kept, enrollment.version.passMark);
    // Guarded: only the first submission of an open attempt in an open enrollment writes.
    const { count } = await tx.quizAttempt.updateMany({
      where: { id: attempt.id, submittedAt: null, enrollment: { completedAt: null } },
      data: { submittedAt: now, score, passed, answers: kept },
    });
    if (count === 0) throw new AppError('CONFLICT', 'already submitted', { fieldErrors: { quiz: ['submitted'] } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'training.quiz_submitted',
      objectType: 'enrollment',
      objectId: enrollment.id,
      meta: { attempt: attempt.number, score, passed },
    });
    let certificateId: string | null = null;
    const complete = isComplete({ lessonIds: enrollment.version.lessons.map((l) => l.id), doneLessonIds: enrollment.lessons.map((l) => l.lessonId), passed });
    if (complete) {
      await tx.enrollment.update({ where: { id: enrollment.id }, data: { completedAt: now, openKey: null } });
      certificateId = (await issueCertificate(tx, { enrollmentId: enrollment.id, now })).id;
    }
    return { score, passed, certificateId };
  });
}
