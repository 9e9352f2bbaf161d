import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { siteLink } from '@/lib/notify/templates';
import { unsealCertificateCode } from './certificate-code';
import { renderCertificatePdf } from './pdf/render-certificate-pdf';

/**
 * The holder's certificate as a PDF (issue #18: "downloads the certificate"), made on each request from the row (one
 * page, ~115 ms: nothing is stored), Persian, with the address `/verify/certificate/<code>` on the app's public URL
 * (siteLink: NEXTAUTH_URL). The file name is Latin (`sajam-certificate-<code>.pdf`): a Persian name does not survive
 * every browser's download dialog. Each call records `certificate.downloaded` before the bytes leave.
 * Only the holder: anyone else, an unknown id, or a revoked certificate (the holder's list no longer offers it; the
 * public page says "revoked") is NOT_FOUND. An expired certificate is still the holder's record and downloads.
 * @throws AppError NOT_FOUND as above; INTERNAL when the sealed code no longer opens (the application secret changed)
 */
export async function getCertificatePdf({
  actor,
  certificateId,
}: {
  actor: Actor | null;
  certificateId: string;
}): Promise<{ bytes: Uint8Array; filename: string }> {
  if (!actor || !z.uuid().safeParse(certificateId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const row = await db.certificate.findFirst({
    where: { id: certificateId, userId: actor.id, revokedAt: null },
    select: { id: true, holderName: true, issuedAt: true, expiresAt: true, codeSealed: true, version: { select: { version: true, title: true } } },
  });
  if (!row) throw new AppError('NOT_FOUND');
  const code = unsealCertificateCode(row.codeSealed);
  if (!code) throw new AppError('INTERNAL', `certificate ${row.id}: sealed code does not open`);
  const bytes = await renderCertificatePdf({
    locale: 'fa',
    holderName: row.holderName,
    courseTitle: row.version.title,
    version: row.version.version,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    verification: { code, url: siteLink(`/verify/certificate/${code}`) },
  });
  await db.$transaction((tx) => recordAuditEvent(tx, { actorId: actor.id, action: 'certificate.downloaded', objectType: 'certificate', objectId: row.id }));
  return { bytes, filename: `sajam-certificate-${code}.pdf` };
}
