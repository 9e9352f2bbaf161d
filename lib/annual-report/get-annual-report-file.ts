import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getStorage } from '@/lib/storage';
import { annualReportWhere } from './annual-report-access';

/**
 * A finished annual report's PDF for staff who may see it (the national office every one, province staff their own
 * province's), with the file name to offer: `sajam-annual-<year>-national.pdf`, `…-province-<slug>.pdf`,
 * `…-agency-<slug>.pdf` (Latin letters: a Persian name does not survive every browser's download dialog).
 * Each call records `annual_report.downloaded` before the bytes leave. Anyone else, an unknown id, a report not DONE
 * or a file missing from storage: NOT_FOUND (no one learns whether another province's report exists).
 */
export async function getAnnualReportFile({ actor, reportId }: { actor: Actor | null; reportId: string }): Promise<{ bytes: Uint8Array; filename: string }> {
  if (!actor || !can(actor, 'annualReport:request') || !z.uuid().safeParse(reportId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const report = await db.annualReport.findFirst({
    where: { AND: [{ id: reportId, status: 'DONE' }, annualReportWhere(actor)] },
    select: {
      id: true,
      year: true,
      scope: true,
      provinceId: true,
      agencyId: true,
      storageKey: true,
      province: { select: { nameEn: true } },
      agency: { select: { slug: true } },
    },
  });
  if (!report?.storageKey) throw new AppError('NOT_FOUND');
  const bytes = await getStorage().get(report.storageKey);
  if (!bytes) throw new AppError('NOT_FOUND');
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'annual_report.downloaded',
      objectType: 'annual_report',
      objectId: report.id,
      meta: { year: report.year, scope: report.scope, provinceId: report.provinceId, agencyId: report.agencyId },
    }),
  );
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x';
  const part =
    report.scope === 'NATIONAL'
      ? 'national'
      : report.scope === 'PROVINCE'
        ? `province-${slug(report.province?.nameEn ?? String(report.provinceId))}`
        : `agency-${slug(report.agency?.slug ?? 'agency')}`;
  return { bytes, filename: `sajam-annual-${report.year}-${part}.pdf` };
}
