import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

export type AgencyFigures = {
  /** Referrals the agency still owes something on (pending, being handled, asked, sent back). */
  open: number;
  /** Of those, how many are past the due date that applies (acknowledgement while pending, else the answer). */
  overdue: number;
  /** Median days from referral to acknowledgement / to the first answer, over all its referrals; null with none. */
  medianDaysToAcknowledge: number | null;
  medianDaysToAnswer: number | null;
};

/**
 * The agency's own figures on its portal (issue #14): open, overdue, and the median days it takes to
 * acknowledge and to answer. A liaison reads only their agency's; anyone else FORBIDDEN. Days are
 * elapsed time / 86,400 s, to one decimal.
 */
export async function agencyFigures({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<AgencyFigures> {
  if (!actor.roles.includes('AGENCY_LIAISON') || !actor.agencyId) throw new AppError('FORBIDDEN');
  const db = await getDb();
  const [row] = await db.$queryRaw<{ open: bigint; overdue: bigint; ack: number | null; answer: number | null }[]>(Prisma.sql`
    SELECT
      count(*) FILTER (WHERE "status" IN ('PENDING','ACKNOWLEDGED','CLARIFICATION_REQUESTED','SENT_BACK')) AS open,
      count(*) FILTER (WHERE ("status" = 'PENDING' AND "acknowledgeDueAt" < ${now})
                          OR ("status" IN ('ACKNOWLEDGED','SENT_BACK') AND "answerDueAt" < ${now})) AS overdue,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "acknowledgedAt" - "referredAt"))
        FILTER (WHERE "acknowledgedAt" IS NOT NULL) / 86400 AS ack,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "respondedAt" - "referredAt"))
        FILTER (WHERE "respondedAt" IS NOT NULL) / 86400 AS answer
    FROM "Referral" WHERE "agencyId" = ${actor.agencyId}::uuid AND "status" <> 'WITHDRAWN'`);
  const round = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0), medianDaysToAcknowledge: round(row?.ack), medianDaysToAnswer: round(row?.answer) };
}
