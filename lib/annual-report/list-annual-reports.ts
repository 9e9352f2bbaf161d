import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import type { AnnualReportScope, AnnualReportStatus } from '@/lib/generated/prisma/enums';
import { annualReportWhere } from './annual-report-access';
import { unsealVerifyCode } from './verify-code-seal';

/** One request as the staff list shows it. Names in both languages; the verification code only once DONE. */
export type AnnualReportListItem = {
  id: string;
  year: number;
  scope: AnnualReportScope;
  province: { name: string; nameEn: string } | null;
  agency: { name: string; nameEn: string } | null;
  status: AnnualReportStatus;
  /** 'figures' | 'rendering' | 'storing' while RUNNING. */
  stage: string | null;
  /** 0–100. */
  percent: number;
  requestedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  verifyCode: string | null;
  sha256: string | null;
  byteSize: number | null;
  /** Why it FAILED: 'ACCESS' | 'STUCK' | 'INTERNAL:<error id>'. */
  error: string | null;
};

/** How many requests the page lists, newest first (older ones stay downloadable by their link). */
export const ANNUAL_REPORT_LIST_LIMIT = 50;

/**
 * The annual report requests an actor may see (annualReportWhere: every one for the national office, their
 * province's for province staff), newest first, at most ANNUAL_REPORT_LIST_LIMIT. Errors: FORBIDDEN (not staff who
 * may ask), NOT_FOUND (a province role without a province).
 */
export async function listAnnualReports({ actor }: { actor: Actor }): Promise<AnnualReportListItem[]> {
  const where = annualReportWhere(actor);
  const db = await getDb();
  const rows = await db.annualReport.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: ANNUAL_REPORT_LIST_LIMIT,
    select: {
      id: true,
      year: true,
      scope: true,
      status: true,
      stage: true,
      percent: true,
      createdAt: true,
      finishedAt: true,
      verifyCodeSealed: true,
      sha256: true,
      byteSize: true,
      error: true,
      province: { select: { name: true, nameEn: true } },
      agency: { select: { name: true, nameEn: true } },
      requestedBy: { select: { name: true } },
    },
  });
  return rows.map(({ verifyCodeSealed, requestedBy, ...row }) => ({
    ...row,
    requestedBy: requestedBy.name,
    verifyCode: row.status === 'DONE' && verifyCodeSealed ? unsealVerifyCode(verifyCodeSealed) : null,
  }));
}
