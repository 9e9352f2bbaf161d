import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
// The league table's measure of days (lib/stats), so the portal and /stats agree on what a day is.
import { daysBetween } from '@/lib/stats/compute-figures';

export type AgencyFigures = {
  /** Referrals the agency still owes something on (pending, being handled, asked, sent back). */
  open: number;
  /** Of those, how many are past the due date that applies (acknowledgement while pending, else the answer). */
  overdue: number;
  /** Median days from referral to acknowledgement / to the latest answer, over referrals of the last 365 days; null with none. */
  medianDaysToAcknowledge: number | null;
  medianDaysToAnswer: number | null;
};

/** How long one agency's figures are reused (ms): they are a summary, and the medians read a year of rows. */
const FRESH_MS = 60_000;
const cache = new Map<string, { at: number; figures: AgencyFigures }>();

/**
 * The agency's own figures on its portal (issue #14): open, overdue, and the median days it takes to
 * acknowledge and to answer referrals made in the last 365 days. A liaison reads only their agency's;
 * anyone else FORBIDDEN. Days are elapsed time / 86,400 s, to one decimal. Computed at most once a minute
 * per agency and process (at 1,000,000 reports the largest agency's took 1.1 s: docs/benchmarks.md).
 */
export async function agencyFigures({ actor, now = new Date(), fresh = false }: { actor: Actor; now?: Date; fresh?: boolean }): Promise<AgencyFigures> {
  if (!actor.roles.includes('AGENCY_LIAISON') || !actor.agencyId) throw new AppError('FORBIDDEN');
  const kept = cache.get(actor.agencyId);
  if (!fresh && kept && now.getTime() - kept.at < FRESH_MS) return kept.figures;
  const figures = await computeFigures(actor.agencyId, now);
  cache.set(actor.agencyId, { at: now.getTime(), figures });
  return figures;
}

async function computeFigures(agencyId: string, now: Date): Promise<AgencyFigures> {
  const db = await getDb();
  const since = new Date(now.getTime() - 365 * 86_400_000);
  const [row] = await db.$queryRaw<{ open: bigint; overdue: bigint; ack: number | null; answer: number | null }[]>(Prisma.sql`
    SELECT
      count(*) FILTER (WHERE "status" IN ('PENDING','ACKNOWLEDGED','CLARIFICATION_REQUESTED','SENT_BACK')) AS open,
      count(*) FILTER (WHERE ("status" = 'PENDING' AND "acknowledgeDueAt" < ${now})
                          OR ("status" IN ('ACKNOWLEDGED','SENT_BACK') AND "answerDueAt" < ${now})) AS overdue,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween(Prisma.sql`"referredAt"`, Prisma.sql`"acknowledgedAt"`)})
        FILTER (WHERE "acknowledgedAt" IS NOT NULL AND "referredAt" >= ${since}) AS ack,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween(Prisma.sql`"referredAt"`, Prisma.sql`"respondedAt"`)})
        FILTER (WHERE "respondedAt" IS NOT NULL AND "referredAt" >= ${since}) AS answer
    FROM "Referral" WHERE "agencyId" = ${agencyId}::uuid AND "status" <> 'WITHDRAWN'`);
  const round = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0), medianDaysToAcknowledge: round(row?.ack), medianDaysToAnswer: round(row?.answer) };
}
