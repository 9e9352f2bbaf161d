// Builders for training tests: a course with one version and one lesson, and a certificate of it — written straight
// to the database, so a test of the gate or of lesson files does not depend on the course editor's use cases.
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { CourseAudience } from '@/lib/generated/prisma/client';
import { uniqueSuffix } from './db';

export async function createTestCourse(
  db: Db,
  o: { audience?: CourseAudience; createdById?: string | null; published?: boolean; slug?: string; title?: string } = {},
) {
  const published = o.published ?? true;
  const course = await db.course.create({
    data: { slug: o.slug ?? `course-${uniqueSuffix()}`, audience: o.audience ?? 'MEMBER', createdById: o.createdById ?? null },
  });
  const version = await db.courseVersion.create({
    data: {
      courseId: course.id,
      version: 1,
      title: o.title ?? `دوره آزمون ${course.slug}`,
      description: 'شرح',
      passMark: 70,
      attemptLimit: 3,
      attemptWaitMinutes: 0,
      validMonths: 24,
      publishedAt: published ? new Date() : null,
      draftKey: published ? null : course.id,
    },
  });
  const lesson = await db.lesson.create({ data: { versionId: version.id, position: 1, title: 'درس یک', markdown: 'متن', minutes: 10 } });
  return { course, version, lesson };
}

/** A finished enrollment and its certificate, expiring at `expiresAt` (revoked when `revoked`). */
export async function createTestCertificate(db: Db, o: { userId: string; courseId: string; versionId: string; expiresAt: Date; revoked?: boolean }) {
  const enrollment = await db.enrollment.create({
    data: { userId: o.userId, courseId: o.courseId, versionId: o.versionId, completedAt: new Date(), openKey: null },
  });
  return db.certificate.create({
    data: {
      enrollmentId: enrollment.id,
      userId: o.userId,
      versionId: o.versionId,
      holderName: 'آزمون',
      issuedAt: new Date(o.expiresAt.getTime() - 730 * 86_400_000),
      expiresAt: o.expiresAt,
      revokedAt: o.revoked ? new Date() : null,
      codeHash: randomBytes(16).toString('hex'),
      codeSealed: 'test',
    },
  });
}
