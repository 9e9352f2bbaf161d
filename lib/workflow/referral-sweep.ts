import 'server-only';
import { holdersWhere } from '@/lib/authz';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { getDb } from '@/lib/db/client';
import { Prisma, type ReferralDue } from '@/lib/generated/prisma/client';
import { formatDate } from '@/lib/i18n/format';
import { enqueueNotifications } from '@/lib/notify/outbox';
import { getSettings } from '@/lib/settings/get-settings';
import { announceToNationalOffice } from './announce';
import { dueDay, followUpPolicy, followUpStep, followUpWindows, type FollowUpPolicy } from './referral-followup';
import type { ReferralStatus } from './referral-transitions';

const BATCH = 100;

type DueRow = { id: string; reportId: string; agencyId: string; status: ReferralStatus; due: ReferralDue; dueAt: Date };
type DueReferral = DueRow & { caseNumber: string | null; agencyName: string };

/**
 * The referrals with a follow-up step to take now (referral-followup.ts), oldest due date first: in a
 * state where the agency owes something, the due date of that state within the reminder days or past,
 * and no history event yet for this step of this due date. Exported for the benchmark (its plan).
 * The history event is the mark, so a new due date (an answer sent back) starts its own cycle.
 *
 * A referral left unanswered stays past its due date for good, so the escalation step would test every
 * such referral's history on every run. The escalation mark cuts that short: a mark set after this due
 * date (and, for the answer, after the acknowledgement: the acknowledgement's own escalation came before
 * it) can only be this due date's, since answering and sending back clear it (move-referral.ts). The
 * history check stays, and decides.
 */
export function dueReferralsQuery(now: Date, policy: FollowUpPolicy, limit: number, lock = true): Prisma.Sql {
  const { todayStart, todayEnd, horizon } = followUpWindows(now, policy);
  return Prisma.sql`
    SELECT r."id", r."reportId", r."agencyId", r."status", d."due", d."dueAt"
    FROM "Referral" r
    CROSS JOIN LATERAL (
      SELECT CASE WHEN r."status" = 'PENDING' THEN 'ACKNOWLEDGE'::"ReferralDue" ELSE 'ANSWER'::"ReferralDue" END AS "due",
             CASE WHEN r."status" = 'PENDING' THEN r."acknowledgeDueAt" ELSE r."answerDueAt" END AS "dueAt"
    ) d
    WHERE ((r."status" = 'PENDING' AND r."acknowledgeDueAt" <= ${horizon})
        OR (r."status" IN ('ACKNOWLEDGED', 'SENT_BACK') AND r."answerDueAt" <= ${horizon}))
      AND NOT COALESCE(d."dueAt" <= ${todayStart} AND r."escalatedAt" >= d."dueAt"
                       AND (r."status" = 'PENDING' OR r."escalatedAt" > r."acknowledgedAt"), false)
      AND NOT EXISTS (
        SELECT 1 FROM "ReferralEvent" e
        WHERE e."referralId" = r."id" AND e."due" = d."due" AND e."dueAt" = d."dueAt"
          AND e."kind" = (CASE WHEN d."dueAt" <= ${todayStart} THEN 'ESCALATED' ELSE 'REMINDED' END)::"ReferralEventKind"
          AND e."dueToday" = (d."dueAt" > ${todayStart} AND d."dueAt" <= ${todayEnd}))
    ORDER BY d."dueAt", r."id"
    LIMIT ${limit}
    ${lock ? Prisma.sql`FOR UPDATE OF r SKIP LOCKED` : Prisma.empty}`;
}

/**
 * The follow-up job (issue #14): for each referral awaiting its agency, reminds the agency's liaisons
 * agencyRemindBeforeDays (a setting) Tehran days before the due day and again on the day, and from the day
 * after escalates it to the national office (Referral.escalatedAt, the "overdue agencies" queue). Each
 * step is a history event (REMINDED / ESCALATED with its due date) and an audit event, written in one
 * transaction with its notifications (outbox). Rows are taken with SKIP LOCKED, and the event's unique
 * key (referral, kind, due, due date, due today) makes a second worker's late attempt insert nothing,
 * so nobody is told twice. The referral's version does not move: an escalation changes nothing the
 * agency may do, so a liaison's open form stays valid. `policy`: the settings in force unless given.
 */
export async function sweepReferrals(now = new Date(), given?: FollowUpPolicy) {
  const policy = given ?? followUpPolicy(await getSettings());
  const db = await getDb();
  let reminded = 0;
  let escalated = 0;

  for (;;) {
    const { taken, r, e } = await db.$transaction(async (tx) => {
      const due = await withNames(tx, await tx.$queryRaw<DueRow[]>(dueReferralsQuery(now, policy, BATCH)));
      let r = 0;
      let e = 0;
      for (const referral of due) {
        const step = followUpStep(referral.dueAt, now, policy);
        if (step === null) continue; // not reachable: the query's bounds are the same windows
        const escalate = step === 'escalate';
        const dueToday = step === 'remindDueDay';
        const { count } = await tx.referralEvent.createMany({
          data: [
            {
              referralId: referral.id,
              agencyId: referral.agencyId,
              kind: escalate ? 'ESCALATED' : 'REMINDED',
              fromStatus: referral.status,
              toStatus: referral.status,
              due: referral.due,
              dueAt: referral.dueAt,
              dueToday,
              createdAt: now,
            },
          ],
          skipDuplicates: true,
        });
        if (count === 0) continue; // another worker took this step between our snapshot and our lock
        if (escalate) {
          await tx.referral.update({ where: { id: referral.id }, data: { escalatedAt: now } });
          await announceToNationalOffice(
            tx,
            { id: referral.reportId, caseNumber: referral.caseNumber },
            { agency: referral.agencyName, event: 'ESCALATED' },
            now,
          );
          e++;
        } else {
          await remindLiaisons(tx, referral, dueToday);
          r++;
        }
        await recordAuditEvent(tx, {
          actorId: null,
          action: escalate ? 'referral.escalated' : 'referral.reminded',
          objectType: 'referral',
          objectId: referral.id,
          meta: { due: referral.due, overdue: escalate },
        });
      }
      return { taken: due.length, r, e };
    });
    reminded += r;
    escalated += e;
    if (taken < BATCH) break;
  }
  return { referralsReminded: reminded, referralsEscalated: escalated };
}

/** The case numbers and agency names of a batch (read after locking, for the few rows taken). */
async function withNames(tx: Prisma.TransactionClient, rows: DueRow[]): Promise<DueReferral[]> {
  if (rows.length === 0) return [];
  const reports = await tx.report.findMany({ where: { id: { in: rows.map((r) => r.reportId) } }, select: { id: true, caseNumber: true } });
  const agencies = await tx.agency.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.agencyId))] } }, select: { id: true, name: true } });
  const caseNumber = new Map(reports.map((r) => [r.id, r.caseNumber]));
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  return rows.map((r) => ({ ...r, caseNumber: caseNumber.get(r.reportId) ?? null, agencyName: agencyName.get(r.agencyId) ?? '' }));
}

/** The agency's liaisons, each with the due day written in their own language. */
async function remindLiaisons(tx: Prisma.TransactionClient, referral: DueReferral, dueToday: boolean) {
  const where = holdersWhere('AGENCY_LIAISON', 'report', { agencyIds: [referral.agencyId] });
  if (!where) return;
  const liaisons = await tx.user.findMany({ where, select: { id: true } });
  await enqueueNotifications(tx, {
    userIds: liaisons.map((l) => l.id),
    template: 'referral.reminder',
    params: (locale) => ({
      referralId: referral.id,
      caseNumber: referral.caseNumber,
      due: referral.due,
      dueToday,
      dueDate: formatDate(dueDay(referral.dueAt), locale),
    }),
    dedupeKey: (id) => `reminder:${referral.id}:${referral.due}:${referral.dueAt.toISOString()}:${dueToday ? 'today' : 'before'}:${id}`,
  });
}
