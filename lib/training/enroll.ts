import 'server-only';
import type { Actor } from '@/lib/authz';
import { can } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import { enrollInCourse } from './enroll-in-course';
import { learnerAudiences } from './training-access';

/**
 * A learner starts a published course of their audience on their own (issue #18; groups enroll through
 * add-group-members.ts). Returns the open enrollment (a new one, or the one in progress).
 * Errors: NOT_FOUND (no such course, not published, or not for the actor's audience), CONFLICT `certified` (a valid
 * certificate that does not expire within the renewal window), CONFLICT `revoked` (revocation-bar.ts).
 */
export async function enroll({ actor, courseSlug, now = new Date() }: { actor: Actor; courseSlug: string; now?: Date }): Promise<{ enrollmentId: string }> {
  if (!can(actor, 'training:learn')) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const course = await db.course.findFirst({
    where: { slug: courseSlug, audience: { in: learnerAudiences(actor) }, versions: { some: { publishedAt: { not: null } } } },
    select: { id: true },
  });
  if (!course) throw new AppError('NOT_FOUND');
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.$transaction((tx) => enrollInCourse(tx, { userId: actor.id, courseId: course.id, groupId: null, actorId: actor.id, now }));
      if (result.barredUntil) throw new AppError('CONFLICT', 'certificate revoked', { fieldErrors: { course: ['revoked'] } });
      if (!result.enrollmentId) throw new AppError('CONFLICT', 'already certified', { fieldErrors: { course: ['certified'] } });
      return { enrollmentId: result.enrollmentId };
    } catch (error) {
      // Two taps at once: the unique openKey lets one insert win; the retry finds it.
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
