import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { yearReportsInScope, type StatsScope } from './compute-figures';

/** Reporters' appeals per agency, as counted: all appeals, and those decided each way (the rest are OPEN). */
export type RawAppeals = { agencyId: string; appeals: number; upheld: number; dismissed: number };

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

/**
 * Appeals against an accepted answer (ReportRating.appealStatus, issue #14: OPEN, then UPHELD or DISMISSED by the
 * national office) of the year's reports in scope, per agency the report was referred to (a referral not
 * withdrawn). A report referred to two agencies counts for each. Only agencies with an appeal are returned;
 * the caller lays them over its list of agencies. One GROUP BY.
 */
export async function computeAppeals(db: Db | Prisma.TransactionClient, { scope, year }: { scope: StatsScope; year: number }): Promise<RawAppeals[]> {
  const rows = await db.$queryRaw<{ agencyId: string; appeals: bigint; upheld: bigint; dismissed: bigint }[]>(Prisma.sql`
    WITH y AS (${yearReportsInScope(scope, year)})
    SELECT f."agencyId"::text AS "agencyId", count(*) AS appeals,
      count(*) FILTER (WHERE g."appealStatus" = 'UPHELD') AS upheld,
      count(*) FILTER (WHERE g."appealStatus" = 'DISMISSED') AS dismissed
    FROM y JOIN "ReportRating" g ON g."reportId" = y."id"
    JOIN "Referral" f ON f."reportId" = y."id" AND f."status" <> 'WITHDRAWN'
    WHERE g."appealStatus" IS NOT NULL
    GROUP BY f."agencyId"`);
  return rows.map((r) => ({ agencyId: r.agencyId, appeals: n(r.appeals), upheld: n(r.upheld), dismissed: n(r.dismissed) }));
}
