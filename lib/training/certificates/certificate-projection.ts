// What the public sees of a certificate (STYLE.md §10: one projection per kind of viewer). Issue #18: the public
// page "shows only the name, course and dates" and whether it is valid, expired or revoked — never why it was
// revoked, who holds it as an account, or any contact.
import { certificateState, type CertificateState } from './certificate-expiry';

/** /verify/certificate/<code>: the whole of what the public learns from a code. */
export type PublicCertificate = {
  /** The code as printed (XXXXX-XXXXX). */
  code: string;
  /** The name the certificate was issued to: user text, shown with dir="auto". */
  holderName: string;
  courseTitle: string;
  /** The course version it certifies (CourseVersion.version). */
  version: number;
  issuedAt: Date;
  /** The instant it stops being valid (00:00 Tehran after its last valid day; shown through formatDueDay). */
  expiresAt: Date;
  state: CertificateState;
};

/** The certificate row as verifyCertificate reads it: the only fields the projection may use. */
export type CertificateForPublic = {
  holderName: string;
  issuedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  version: { version: number; title: string };
};

/** The public projection: an explicit allow-list; `code` is the printed code the visitor typed, normalized. */
export function publicCertificate(row: CertificateForPublic, code: string, now: Date): PublicCertificate {
  return {
    code,
    holderName: row.holderName,
    courseTitle: row.version.title,
    version: row.version.version,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    state: certificateState(row, now),
  };
}
