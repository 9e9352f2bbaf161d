// Training data for the groups' tests (issue #18): a published course, and a certificate as the issue path leaves it.
import type { Db } from '@/lib/db/client';
import type { CourseAudience } from '@/lib/generated/prisma/client';
import { uniqueSuffix } from './db';
import { createActor } from './reports';

const HOUR = 3_600_000;

/** A course with one published version of `lessons` lessons and one question. */
export async function createCourse(db: Db, audience: CourseAudience, lessons = 2) {
  const course = await db.course.create({ data: { slug: `c-${uniqueSuffix()}`, audience } });
  const version = await db.courseVersion.create({
    data: {
      courseId: course.id,
      version: 1,
      title: `دوره ${audience}`,
      description: 'آزمون',
      passMark: 70,
      attemptLimit: 3,
      attemptWaitMinutes: 0,
      validMonths: 24,
      publishedAt: new Date(),
      lessons: { create: Array.from({ length: lessons }, (_, i) => ({ position: i, title: `درس ${i + 1}`, markdown: 'متن', minutes: 5 })) },
    },
    include: { lessons: true },
  });
  return { course, version };
}

/** A valid (or `expired`) certificate of a course, as the lead's issue path would leave it. */
export async function certify(db: Db, userId: string, versionId: string, courseId: string, expiresAt = new Date(Date.now() + 365 * 24 * HOUR)) {
  const enrollment = await db.enrollment.create({ data: { userId, courseId, versionId, startedAt: new Date(), completedAt: new Date() } });
  await db.certificate.create({
    data: {
      enrollmentId: enrollment.id,
      userId,
      versionId,
      holderName: 'آزمون',
      issuedAt: new Date(),
      expiresAt,
      codeHash: `h-${uniqueSuffix()}`,
      codeSealed: 's',
    },
  });
}

/** A provincial trainer approved at the time of the call: a valid certificate of a new trainers' course (training-access.ts). */
export async function createApprovedTrainer(db: Db, provinceId: number) {
  const t = await createActor(db, ['TRAINER'], { provinceId });
  const { course, version } = await createCourse(db, 'TRAINER', 1);
  await certify(db, t.id, version.id, course.id);
  return t;
}
