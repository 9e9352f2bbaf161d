import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { learnerQuizView, type LearnerQuizQuestion } from './quiz-view';

export type QuizAttemptView = {
  id: string;
  number: number;
  course: { id: string; slug: string; title: string; passMark: number };
  questions: LearnerQuizQuestion[];
  submitted: { score: number; passed: boolean } | null;
};

/**
 * The learner's own attempt (issue #18), through the one projection without right answers (quiz-view.ts). After
 * submission only its score and result: the right answers are never shown, since the next attempt asks the same
 * questions (docs/architecture.md "Training"). Errors: NOT_FOUND (not the actor's attempt).
 */
export async function getQuizAttempt({ actor, attemptId }: { actor: Actor; attemptId: string }): Promise<QuizAttemptView> {
  // An id from the address: anything but a UUID is a page that does not exist (PostgreSQL would refuse it as a 500).
  if (!z.uuid().safeParse(attemptId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, enrollment: { userId: actor.id } },
    include: {
      enrollment: {
        select: {
          course: { select: { id: true, slug: true } },
          version: { select: { title: true, passMark: true, questions: { include: { options: true } } } },
        },
      },
    },
  });
  if (!attempt) throw new AppError('NOT_FOUND');
  const { course, version } = attempt.enrollment;
  return {
    id: attempt.id,
    number: attempt.number,
    course: { id: course.id, slug: course.slug, title: version.title, passMark: version.passMark },
    questions: attempt.submittedAt ? [] : learnerQuizView(version.questions, attempt.seed),
    submitted: attempt.submittedAt ? { score: attempt.score ?? 0, passed: attempt.passed ?? false } : null,
  };
}
