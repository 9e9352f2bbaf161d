import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { getSettings } from '@/lib/settings/get-settings';
import { oneReportScope, writeProjection } from './outcome-projection';

/**
 * One report's public outcome brought in line with the report, inside the caller's transaction: written
 * when it is PUBLISHED with both summaries, deleted otherwise; its county's other outcomes follow when the
 * county crosses the threshold either way (an unpublished outcome must not leave four naming their county).
 * Called by applyTransition on every move into or out of PUBLISHED, and when the reporter rates the answer.
 * The rules are outcome-projection.ts's, the same as the scheduled rebuild's (refresh-public-outcomes.ts).
 */
export async function syncPublicOutcome(tx: Prisma.TransactionClient, { reportId }: { reportId: string }): Promise<{ upserted: number; removed: number }> {
  const { outcomeCountyThreshold } = await getSettings(tx);
  return writeProjection(tx, {
    scope: oneReportScope(reportId),
    removeScope: Prisma.sql`o."reportId" = ${reportId}::uuid`,
    threshold: outcomeCountyThreshold,
  });
}
