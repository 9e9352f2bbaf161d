import 'server-only';
import { randomInt } from 'node:crypto';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import { attemptAllowance } from './quiz-rules';
import { REVOKED_FIELD_ERRORS, revokedUntil } from './revocation-bar';

/**
 * Starts the quiz of the learner's open enrollment in a course, or returns the attempt already started (a reload, a
 * second tab: the same questions in the same order). Every lesson must be done first. Each attempt draws its own seed
 * for the order (shuffle.ts).
 * Errors: NOT_FOUND (no open enrollment), VALIDATION `quiz: revoked | lessonsFirst | exhausted | passed | wait` — `wait` with
 * `retryAfterSeconds`.
 */
export async function startQuizAttempt({ actor, courseId, now = new Date() }: { actor: Actor; courseId: string; now?: Date }): Promise<{ attemptId: string }> {
  const db = await getDb();
  for (let retry = 1; ; retry++) {
    try {
      return await db.$transaction(async (tx) => {
        const enrollment = await tx.enrollment.findFirst({
          where: { userId: actor.id, courseId, completedAt: null },
          include: { attempts: true, lessons: { select: { lessonId: true } }, version: { include: { lessons: { select: { id: true } } } } },
        });
        if (!enrollment) throw new AppError('NOT_FOUND');
        if (await revokedUntil(tx, { userId: actor.id, courseId, now }))
          throw new AppError('VALIDATION', 'certificate revoked', { fieldErrors: REVOKED_FIELD_ERRORS });
        const open = enrollment.attempts.find((a) => a.submittedAt === null);
        if (open) return { attemptId: open.id };
        const done = new Set(enrollment.lessons.map((l) => l.lessonId));
        if (!enrollment.version.lessons.every((l) => done.has(l.id)))
          throw new AppError('VALIDATION', 'lessons first', { fieldErrors: { quiz: ['lessonsFirst'] } });
        const allowance = attemptAllowance({
          history: enrollment.attempts,
          limit: enrollment.version.attemptLimit,
          extra: enrollment.extraAttempts,
          waitMinutes: enrollment.version.attemptWaitMinutes,
          now,
        });
        if (!allowance.may) {
          const retryAfterSeconds = allowance.reason === 'wait' ? Math.ceil((allowance.retryAt.getTime() - now.getTime()) / 1000) : undefined;
          throw new AppError('VALIDATION', `quiz ${allowance.reason}`, { fieldErrors: { quiz: [allowance.reason] }, retryAfterSeconds });
        }
        const created = await tx.quizAttempt.create({
          data: { enrollmentId: enrollment.id, number: enrollment.attempts.length + 1, seed: randomInt(2 ** 31), startedAt: now },
          select: { id: true },
        });
        return { attemptId: created.id };
      });
    } catch (error) {
      // Two starts at once: (enrollmentId, number) is unique; the retry returns the winner's attempt.
      if (retry < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
