import 'server-only';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { getSettings } from '@/lib/settings/get-settings';
import { writeProjection } from './outcome-projection';

/**
 * Every PublicOutcome row rebuilt from the reports, in one set-based statement (outcome-projection.ts):
 * rows for the PUBLISHED reports with both summaries written where they changed, the others deleted, the
 * county threshold recomputed over all of them (a changed outcomeCountyThreshold setting takes effect
 * here). Each move already keeps its own report's row (sync-public-outcome.ts); the scheduled public
 * refresh runs this so that anything written another way (an import, a seed, a fix by hand) converges.
 * `db`: a transaction to run in; by default the shared client.
 */
export async function refreshPublicOutcomes(opts: { db?: Prisma.TransactionClient } = {}): Promise<{ upserted: number; removed: number }> {
  const db = opts.db ?? (await getDb());
  const { outcomeCountyThreshold } = await getSettings(opts.db);
  return writeProjection(db, { scope: Prisma.sql`TRUE`, removeScope: Prisma.sql`TRUE`, threshold: outcomeCountyThreshold });
}
