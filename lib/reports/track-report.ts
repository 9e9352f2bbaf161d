import 'server-only';
import { getDb } from '@/lib/db/client';
import { findReportIdByCode } from './find-by-tracking-code';
import { authorSelect, toAuthorView, type AuthorView } from './report-views';

export type TrackedReport = AuthorView;

/** What the holder of a tracking code may see of their report: the author's projection (report-views.ts). */
export async function trackReport({ code, rateKey }: { code: string; rateKey: string }): Promise<TrackedReport> {
  const db = await getDb();
  const id = await findReportIdByCode(db, code, rateKey);
  return toAuthorView(await db.report.findUniqueOrThrow({ where: { id }, select: authorSelect }));
}
