import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { trackingKey } from '@/lib/crypto/keys';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { generateCertificateCode, hashCertificateCode, normalizeCertificateCode, sealCertificateCode, unsealCertificateCode } from './certificate-code';
import { certificateExpiresAt } from './certificate-expiry';

/**
 * Issues the certificate of a completed enrollment (issue #18: "on completion, a certificate … with its expiry"),
 * inside the caller's transaction — the one that completes the enrollment (lib/training/submit-quiz-attempt.ts sets
 * `completedAt` first, then calls this). The holder's name is copied from User.name as it is now (the certificate
 * keeps the name it was issued to); it expires `version.validMonths` Jalali months later (certificate-expiry.ts).
 * Records `certificate.issued`. Idempotent: a second call for the same enrollment returns the certificate it already
 * has (Certificate.enrollmentId is unique) and records nothing.
 * @returns the certificate's id and its verification code as printed (XXXXX-XXXXX)
 * @throws AppError NOT_FOUND for an unknown enrollment; CONFLICT for one not completed (completedAt null);
 *   INTERNAL when an existing certificate's sealed code no longer opens (the application secret changed)
 */
export async function issueCertificate(
  tx: Prisma.TransactionClient,
  { enrollmentId, now }: { enrollmentId: string; now: Date },
): Promise<{ id: string; code: string }> {
  const existing = await tx.certificate.findUnique({ where: { enrollmentId }, select: { id: true, codeSealed: true } });
  if (existing) {
    const code = unsealCertificateCode(existing.codeSealed);
    if (!code) throw new AppError('INTERNAL', `certificate ${existing.id}: sealed code does not open`);
    return { id: existing.id, code };
  }
  const enrollment = await tx.enrollment.findUnique({
    where: { id: enrollmentId },
    select: {
      userId: true,
      courseId: true,
      versionId: true,
      completedAt: true,
      user: { select: { name: true } },
      version: { select: { validMonths: true } },
    },
  });
  if (!enrollment) throw new AppError('NOT_FOUND', `enrollment ${enrollmentId}`);
  if (!enrollment.completedAt) throw new AppError('CONFLICT', `enrollment ${enrollmentId} is not completed`);
  const code = generateCertificateCode();
  const expiresAt = certificateExpiresAt(now, enrollment.version.validMonths);
  const certificate = await tx.certificate.create({
    data: {
      enrollmentId,
      userId: enrollment.userId,
      versionId: enrollment.versionId,
      holderName: enrollment.user.name,
      issuedAt: now,
      expiresAt,
      codeHash: hashCertificateCode(normalizeCertificateCode(code)!, trackingKey()),
      codeSealed: sealCertificateCode(code),
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actorId: enrollment.userId,
    action: 'certificate.issued',
    objectType: 'certificate',
    objectId: certificate.id,
    meta: { courseId: enrollment.courseId, versionId: enrollment.versionId, expiresAt: expiresAt.toISOString() },
  });
  return { id: certificate.id, code };
}
