import 'server-only';
import { getDb } from '@/lib/db/client';
import { getSettings } from '@/lib/settings/get-settings';
import { deadlinePolicy } from '@/lib/workflow/deadlines';
import { findReportIdByCode } from './find-by-tracking-code';
import { authorSelect, toAuthorView, type AuthorView } from './report-views';

export type TrackedReport = AuthorView;

/** What the holder of a tracking code may see of their report: the author's projection (report-views.ts). */
export async function trackReport({ code, rateKey }: { code: string; rateKey: string }): Promise<TrackedReport> {
  const db = await getDb();
  const id = await findReportIdByCode(db, code, rateKey);
  const [row, settings] = await Promise.all([db.report.findUniqueOrThrow({ where: { id }, select: authorSelect }), getSettings()]);
  return toAuthorView(row, deadlinePolicy(settings));
}
