import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma, type ReferralDue } from '@/lib/generated/prisma/client';
import { tehranDaysBetween } from '@/lib/i18n/format';
import { dueDay } from '@/lib/workflow/referral-followup';

/** One late agency in the national office's "overdue agencies" queue. */
export type OverdueAgency = {
  agencyId: string;
  name: string;
  nameEn: string;
  /** Null for a national agency. */
  provinceId: number | null;
  /** Referrals past the due date that applies to their state (acknowledgement while PENDING, else the answer). */
  overdue: number;
  /** Of those, how many owe the acknowledgement and how many the answer. */
  awaitingAcknowledgement: number;
  awaitingAnswer: number;
  /** Of those, how many the follow-up job has escalated to the national office so far. */
  escalated: number;
  /** The referral whose due date passed first (ties: by id). */
  oldest: {
    referralId: string;
    reportId: string;
    caseNumber: string | null;
    due: ReferralDue;
    dueAt: Date;
    /** Whole Tehran days since the due day (1 on the day after it). */
    daysOverdue: number;
  };
};

type Row = {
  agencyId: string;
  name: string;
  nameEn: string;
  provinceId: number | null;
  overdue: bigint;
  awaitingAcknowledgement: bigint;
  escalated: bigint;
  referralId: string;
  reportId: string;
  caseNumber: string | null;
  due: ReferralDue;
  dueAt: Date;
};

/** The overdue referrals per agency with the oldest of each, as of `now`. Exported for the benchmark (its plan). */
export function overdueAgenciesQuery(now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH overdue AS (
      SELECT r."id", r."agencyId", r."reportId", r."escalatedAt", d."due", d."dueAt",
             row_number() OVER (PARTITION BY r."agencyId" ORDER BY d."dueAt", r."id") AS "rank"
      FROM "Referral" r
      CROSS JOIN LATERAL (
        SELECT CASE WHEN r."status" = 'PENDING' THEN 'ACKNOWLEDGE'::"ReferralDue" ELSE 'ANSWER'::"ReferralDue" END AS "due",
               CASE WHEN r."status" = 'PENDING' THEN r."acknowledgeDueAt" ELSE r."answerDueAt" END AS "dueAt"
      ) d
      WHERE (r."status" = 'PENDING' AND r."acknowledgeDueAt" <= ${now})
         OR (r."status" IN ('ACKNOWLEDGED', 'SENT_BACK') AND r."answerDueAt" <= ${now})
    ), counts AS (
      SELECT "agencyId", count(*) AS "overdue",
             count(*) FILTER (WHERE "due" = 'ACKNOWLEDGE') AS "awaitingAcknowledgement",
             count(*) FILTER (WHERE "escalatedAt" IS NOT NULL) AS "escalated"
      FROM overdue GROUP BY "agencyId"
    )
    SELECT a."id" AS "agencyId", a."name", a."nameEn", a."provinceId",
           c."overdue", c."awaitingAcknowledgement", c."escalated",
           o."id" AS "referralId", o."reportId", p."caseNumber", o."due", o."dueAt"
    FROM counts c
    JOIN overdue o ON o."agencyId" = c."agencyId" AND o."rank" = 1
    JOIN "Agency" a ON a."id" = c."agencyId"
    JOIN "Report" p ON p."id" = o."reportId"
    ORDER BY c."overdue" DESC, o."dueAt", a."id"`;
}

/**
 * The national office's "overdue agencies" queue (issue #14): every agency with at least one referral
 * past the due date that applies to its state — the acknowledgement while PENDING, the answer while
 * ACKNOWLEDGED or SENT_BACK (a question waiting on Sajam is not the agency's delay) —, with how many and
 * the oldest, most overdue agencies first (then the oldest due date). A due date is the end of a Tehran
 * day, so a referral counts from the first moment of the day after its due day, the day the follow-up
 * job escalates it. National office only (FORBIDDEN otherwise); a plain array for the page to render.
 */
export async function listOverdueAgencies({ actor, now = new Date() }: { actor: Actor | null; now?: Date }): Promise<OverdueAgency[]> {
  if (!can(actor, 'agencies:overdue')) throw new AppError('FORBIDDEN');
  const db = await getDb();
  const rows = await db.$queryRaw<Row[]>(overdueAgenciesQuery(now));
  return rows.map((r) => ({
    agencyId: r.agencyId,
    name: r.name,
    nameEn: r.nameEn,
    provinceId: r.provinceId,
    overdue: Number(r.overdue),
    awaitingAcknowledgement: Number(r.awaitingAcknowledgement),
    awaitingAnswer: Number(r.overdue) - Number(r.awaitingAcknowledgement),
    escalated: Number(r.escalated),
    oldest: {
      referralId: r.referralId,
      reportId: r.reportId,
      caseNumber: r.caseNumber,
      due: r.due,
      dueAt: r.dueAt,
      daysOverdue: tehranDaysBetween(dueDay(r.dueAt), now),
    },
  }));
}
