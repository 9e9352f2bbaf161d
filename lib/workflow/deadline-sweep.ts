import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { getDb } from '@/lib/db/client';
import { Prisma, type ReportStatus } from '@/lib/generated/prisma/client';
import { enqueueNotifications } from '@/lib/notify/outbox';
import { getSettings } from '@/lib/settings/get-settings';
import { deadlinePolicy, escalationCutoff, type DeadlinePolicy } from './deadlines';
import { reviewersInScope } from './reviewers';
import { ESCALATES_TO, REVIEW_STAGES, reviewersOf, type ReviewStage } from './transitions';

const BATCH = 100;

type DueReport = {
  id: string;
  caseNumber: string | null;
  status: ReviewStage;
  provinceId: number;
  coreId: string | null;
  submitterId: string | null;
  stageDeadlineAt: Date;
};

const stageList = (stages: readonly ReportStatus[]) => Prisma.join(stages.map((s) => Prisma.sql`${s}::"ReportStatus"`));

/**
 * The deadline job. First a report past its stage deadline reminds that stage's reviewers, once. Then,
 * the escalateAfterDays setting later and still untouched, it is escalated: the level above is told and
 * may make the stage's moves itself (see ESCALATES_TO). Any transition clears both marks. Rows are
 * taken with SKIP LOCKED, so two workers (two app instances) never double-send; each batch is one
 * transaction with its notifications (outbox) and audit events. `policy`: the settings in force unless given.
 */
export async function sweepDeadlines(now = new Date(), given?: DeadlinePolicy) {
  const policy = given ?? deadlinePolicy(await getSettings());
  const db = await getDb();
  let reminded = 0;
  let escalated = 0;

  for (;;) {
    const n = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<DueReport[]>`
        SELECT "id", "caseNumber", "status", "provinceId", "coreId", "submitterId", "stageDeadlineAt" FROM "Report"
        WHERE "status" IN (${stageList(REVIEW_STAGES)}) AND "stageDeadlineAt" < ${now} AND "remindedAt" IS NULL
        ORDER BY "stageDeadlineAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      for (const r of due) {
        await tx.report.update({ where: { id: r.id }, data: { remindedAt: now } });
        await enqueueNotifications(tx, {
          userIds: (await reviewersInScope(tx, { role: reviewersOf(r.status).reviewer, report: r })).map((u) => u.id),
          template: 'report.overdue',
          params: { reportId: r.id, caseNumber: r.caseNumber },
          dedupeKey: (id) => `overdue:${r.id}:${r.stageDeadlineAt.toISOString()}:${id}`,
        });
        await recordAuditEvent(tx, { actorId: null, action: 'report.reminded', objectType: 'report', objectId: r.id, meta: { status: r.status } });
      }
      return due.length;
    });
    reminded += n;
    if (n < BATCH) break;
  }

  const escalating = REVIEW_STAGES.filter((s) => ESCALATES_TO[s]);
  const cutoff = escalationCutoff(now, policy);
  for (;;) {
    const n = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<DueReport[]>`
        SELECT "id", "caseNumber", "status", "provinceId", "coreId", "submitterId", "stageDeadlineAt" FROM "Report"
        WHERE "status" IN (${stageList(escalating)}) AND "stageDeadlineAt" < ${cutoff} AND "remindedAt" IS NOT NULL AND "escalatedAt" IS NULL
        ORDER BY "stageDeadlineAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      for (const r of due) {
        // The version moves, so a reviewer's form opened before the escalation asks for a reload.
        await tx.report.update({ where: { id: r.id }, data: { escalatedAt: now, version: { increment: 1 } } });
        await tx.approval.create({ data: { reportId: r.id, actorId: null, decision: 'ESCALATE', fromStatus: r.status, toStatus: r.status, createdAt: now } });
        const role = ESCALATES_TO[r.status]!;
        await enqueueNotifications(tx, {
          userIds: (await reviewersInScope(tx, { role, report: r })).map((u) => u.id),
          template: 'report.escalated',
          params: { reportId: r.id, caseNumber: r.caseNumber },
          dedupeKey: (id) => `escalated:${r.id}:${r.stageDeadlineAt.toISOString()}:${id}`,
        });
        await recordAuditEvent(tx, { actorId: null, action: 'report.escalated', objectType: 'report', objectId: r.id, meta: { status: r.status, to: role } });
      }
      return due.length;
    });
    escalated += n;
    if (n < BATCH) break;
  }
  return { reminded, escalated };
}
