import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { unsealCertificateCode } from './certificate-code';
import { certificateState, type CertificateState } from './certificate-expiry';

/** One of the holder's certificates, as their training page lists it. */
export type OwnCertificate = {
  id: string;
  courseTitle: string;
  /** The course version it certifies. */
  version: number;
  issuedAt: Date;
  /** 00:00 Tehran after the last valid day (show it with formatDueDay). */
  expiresAt: Date;
  state: CertificateState;
  /** The verification code as printed (XXXXX-XXXXX); null only if the sealed copy no longer opens (secret changed). */
  code: string | null;
};

/**
 * The signed-in person's own certificates (issue #18: "per learner: … certificate with its expiry"), newest first,
 * with the verification code unsealed for them — never anyone else's, whatever their roles. The revocation's reason
 * is staff words and is not listed.
 * @throws AppError UNAUTHENTICATED without an actor
 */
export async function listOwnCertificates({ actor, now = new Date() }: { actor: Actor | null; now?: Date }): Promise<OwnCertificate[]> {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const db = await getDb();
  const rows = await db.certificate.findMany({
    where: { userId: actor.id },
    orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }],
    select: { id: true, issuedAt: true, expiresAt: true, revokedAt: true, codeSealed: true, version: { select: { version: true, title: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    courseTitle: row.version.title,
    version: row.version.version,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    state: certificateState(row, now),
    code: unsealCertificateCode(row.codeSealed),
  }));
}
