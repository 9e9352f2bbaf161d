import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { certificateState, type CertificateState } from './certificate-expiry';
import { revocableWhere } from './revoke-certificate';

/** Rows one page shows: the newest first. */
export const STAFF_CERTIFICATES_PAGE = 50;

export type StaffCertificate = {
  id: string;
  holderName: string;
  courseTitle: string;
  version: number;
  issuedAt: Date;
  expiresAt: Date;
  state: CertificateState;
  /** Staff words, shown to staff only. */
  revokeReason: string | null;
};

/**
 * The certificates staff may revoke (issue #18), newest first, optionally those whose holder's name contains `q`
 * (case-insensitive). The same reach as revokeCertificate: the national office
 * all, province staff their province's holders. Never the verification code. Errors: NOT_FOUND for anyone else.
 */
export async function listCertificatesForStaff({ actor, q, now = new Date() }: { actor: Actor; q?: string; now?: Date }): Promise<StaffCertificate[]> {
  const where = revocableWhere(actor);
  if (!where) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const rows = await db.certificate.findMany({
    where: { AND: [where, q ? { holderName: { contains: q.trim(), mode: 'insensitive' } } : {}] },
    orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }],
    take: STAFF_CERTIFICATES_PAGE,
    select: {
      id: true,
      holderName: true,
      issuedAt: true,
      expiresAt: true,
      revokedAt: true,
      revokeReason: true,
      version: { select: { title: true, version: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    holderName: r.holderName,
    courseTitle: r.version.title,
    version: r.version.version,
    issuedAt: r.issuedAt,
    expiresAt: r.expiresAt,
    state: certificateState(r, now),
    revokeReason: r.revokeReason,
  }));
}
