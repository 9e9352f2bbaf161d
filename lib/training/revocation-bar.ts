import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Until when a revoked certificate bars its holder from the course (issue #18, decided after a break-it review: a
 * member whose certificate was revoked for misconduct re-enrolled and passed again within a minute, which made the
 * revocation — and the member-report gate behind it — empty). The bar lasts until the revoked certificate would have
 * expired: no new enrollment (self or through a group: enroll-in-course.ts), no quiz attempt started or submitted in
 * an enrollment already open (start-quiz-attempt.ts, submit-quiz-attempt.ts). Staff who want the person back sooner
 * have no button for it yet: docs/architecture.md "Certificates".
 * A trainers' course (audience TRAINER) bars across every trainers' course: any of them approves a trainer
 * (training-access.ts), so a trainer revoked in one would otherwise be approved again by passing another (found by
 * the second break-it review).
 * @returns the latest `expiresAt` of the person's revoked certificates of the course (of any trainers' course, for a
 *   trainers' course) that is after `now`, else null
 */
export async function revokedUntil(tx: Prisma.TransactionClient, o: { userId: string; courseId: string; now: Date }): Promise<Date | null> {
  const course = await tx.course.findUnique({ where: { id: o.courseId }, select: { audience: true } });
  const barring: Prisma.CourseVersionWhereInput = course?.audience === 'TRAINER' ? { course: { audience: 'TRAINER' } } : { courseId: o.courseId };
  const bar = await tx.certificate.findFirst({
    where: { userId: o.userId, revokedAt: { not: null }, expiresAt: { gt: o.now }, version: barring },
    orderBy: { expiresAt: 'desc' },
    select: { expiresAt: true },
  });
  return bar?.expiresAt ?? null;
}

/** The error a barred learner gets, on the quiz or the course: VALIDATION `quiz: revoked` (messages training.errors.revoked). */
export const REVOKED_FIELD_ERRORS = { quiz: ['revoked'] };
