import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { openKeyOf, RENEWAL_WINDOW_DAYS } from './enroll-in-course';
import { attemptAllowance, type AttemptAllowance } from './quiz-rules';
import { learnerAudiences, readableAudiences } from './training-access';
import { revokedUntil } from './revocation-bar';

export type LearnerCourse = {
  course: { id: string; slug: string; audience: 'MEMBER' | 'CORE_HEAD' | 'TRAINER' };
  version: {
    id: string;
    version: number;
    title: string;
    description: string;
    passMark: number;
    attemptLimit: number;
    attemptWaitMinutes: number;
    validMonths: number;
  };
  lessons: { id: string; position: number; title: string; minutes: number; done: boolean }[];
  questionCount: number;
  enrollment: { id: string; startedAt: Date; groupId: string | null } | null;
  attempts: { number: number; score: number | null; passed: boolean | null; submittedAt: Date | null }[];
  allowance: AttemptAllowance | null;
  openAttemptId: string | null;
  /** The newest certificate of this course held by the actor. */
  certificate: { id: string; version: number; issuedAt: Date; expiresAt: Date; revoked: boolean } | null;
  /** The actor may start (or renew) this course now. */
  mayEnroll: boolean;
  /** A revoked certificate bars the actor from the course until this instant (revocation-bar.ts), else null. */
  barredUntil: Date | null;
};

/**
 * A course as its learner sees it (issue #18): the version they started when they have an enrollment open, else the
 * current one; which lessons are done; their attempts and whether they may try now; their certificate. Staff who
 * oversee training read it too (they are not learners: no enrollment). Never the quiz's answers.
 * Errors: NOT_FOUND (no such course, never published, or not of an audience the actor may read).
 */
export async function getCourseForLearner({ actor, slug, now = new Date() }: { actor: Actor; slug: string; now?: Date }): Promise<LearnerCourse> {
  const db = await getDb();
  const course = await db.course.findFirst({
    where: { slug, audience: { in: readableAudiences(actor) }, versions: { some: { publishedAt: { not: null } } } },
    select: { id: true, slug: true, audience: true },
  });
  if (!course) throw new AppError('NOT_FOUND');
  const enrollment = await db.enrollment.findUnique({
    where: { openKey: openKeyOf(actor.id, course.id) },
    include: { lessons: { select: { lessonId: true } }, attempts: { orderBy: { number: 'asc' } } },
  });
  const version = await db.courseVersion.findFirst({
    where: enrollment ? { id: enrollment.versionId } : { courseId: course.id, publishedAt: { not: null } },
    orderBy: { version: 'desc' },
    include: {
      lessons: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, minutes: true } },
      _count: { select: { questions: true } },
    },
  });
  if (!version) throw new AppError('NOT_FOUND');
  const certificate = await db.certificate.findFirst({
    where: { userId: actor.id, version: { courseId: course.id } },
    orderBy: { issuedAt: 'desc' },
    select: { id: true, issuedAt: true, expiresAt: true, revokedAt: true, version: { select: { version: true } } },
  });
  const barredUntil = await revokedUntil(db, { userId: actor.id, courseId: course.id, now });
  const done = new Set(enrollment?.lessons.map((l) => l.lessonId));
  const attempts = enrollment?.attempts ?? [];
  const validCert = certificate && !certificate.revokedAt && certificate.expiresAt > now;
  const renewable = !validCert || certificate.expiresAt.getTime() - now.getTime() <= RENEWAL_WINDOW_DAYS * 86_400_000;
  return {
    course,
    version: {
      id: version.id,
      version: version.version,
      title: version.title,
      description: version.description,
      passMark: version.passMark,
      attemptLimit: version.attemptLimit,
      attemptWaitMinutes: version.attemptWaitMinutes,
      validMonths: version.validMonths,
    },
    lessons: version.lessons.map((l) => ({ ...l, done: done.has(l.id) })),
    questionCount: version._count.questions,
    enrollment: enrollment ? { id: enrollment.id, startedAt: enrollment.startedAt, groupId: enrollment.groupId } : null,
    attempts: attempts.map((a) => ({ number: a.number, score: a.score, passed: a.passed, submittedAt: a.submittedAt })),
    allowance: enrollment
      ? attemptAllowance({ history: attempts, limit: version.attemptLimit, extra: enrollment.extraAttempts, waitMinutes: version.attemptWaitMinutes, now })
      : null,
    openAttemptId: attempts.find((a) => a.submittedAt === null)?.id ?? null,
    certificate: certificate
      ? {
          id: certificate.id,
          version: certificate.version.version,
          issuedAt: certificate.issuedAt,
          expiresAt: certificate.expiresAt,
          revoked: certificate.revokedAt !== null,
        }
      : null,
    mayEnroll: !enrollment && !barredUntil && learnerAudiences(actor).includes(course.audience) && renewable,
    barredUntil,
  };
}
