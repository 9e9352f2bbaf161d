import 'server-only';
import type { AnnualReportAuditScope } from '@/lib/audit/events';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import { toJalali } from '@/lib/i18n/format';
import { annualReportReach } from './annual-report-access';
import { annualReportInputSchema, type AnnualReportInput } from './annual-report-input';
import { kickAnnualReport } from './kick-annual-report';

/** Requests one person may have QUEUED or RUNNING at once. */
export const MAX_ACTIVE_PER_REQUESTER = 3;

/**
 * Asks for the annual report of one Jalali year (issue #17) and queues it for the job "annual-report"
 * (run-annual-report.ts). Whose reports: the national office any scope — the country (no province or agency), one
 * province, one agency; province staff their own province only (asking for none means theirs).
 * One request per scope and year is in progress at a time: while one is QUEUED or RUNNING, asking again returns it
 * (`existing: true`) and records nothing. One person has at most MAX_ACTIVE_PER_REQUESTER requests in progress. A new request is written with its audit event `annual_report.requested`
 * in one transaction, then the job is triggered.
 * Errors: FORBIDDEN (not staff who may ask), NOT_FOUND (province staff asking for another province or an agency;
 * an unknown agency), VALIDATION (year outside 1390..the current Jalali year, both a province and an agency, an
 * unknown province; fieldErrors `year` / `scope`; `scope: ['busy']` over the limit).
 */
export async function requestAnnualReport({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: AnnualReportInput;
  now?: Date;
}): Promise<{ id: string; existing: boolean }> {
  const reach = annualReportReach(actor);
  const parsed = annualReportInputSchema(toJalali(now).jy).safeParse(input);
  if (!parsed.success) throw parsed.error;
  const { year, provinceId, agencyId } = parsed.data;
  const db = await getDb();

  let target: AnnualReportAuditScope;
  if (reach.kind === 'province') {
    if (agencyId !== undefined || (provinceId !== undefined && provinceId !== reach.provinceId)) throw new AppError('NOT_FOUND');
    target = { year, scope: 'PROVINCE', provinceId: reach.provinceId, agencyId: null };
  } else if (agencyId !== undefined) {
    if (!(await db.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) throw new AppError('NOT_FOUND');
    target = { year, scope: 'AGENCY', provinceId: null, agencyId };
  } else if (provinceId !== undefined) {
    if (!(await db.province.findUnique({ where: { id: provinceId }, select: { id: true } })))
      throw new AppError('VALIDATION', 'unknown province', { fieldErrors: { scope: ['scope'] } });
    target = { year, scope: 'PROVINCE', provinceId, agencyId: null };
  } else {
    target = { year, scope: 'NATIONAL', provinceId: null, agencyId: null };
  }
  const activeKey = `${target.scope}:${target.provinceId ?? target.agencyId ?? ''}:${year}`;

  // Two people asking at once: the unique activeKey lets one insert win; the other finds the winner's row.
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.$transaction(async (tx) => {
        const active = await tx.annualReport.findUnique({ where: { activeKey }, select: { id: true } });
        if (active) return { id: active.id, existing: true };
        // A report costs seconds of the server's CPU at national scale: one person cannot queue 31 provinces × ten
        // years at once (the limit counts their requests still QUEUED or RUNNING).
        const mine = await tx.annualReport.count({ where: { requestedById: actor.id, status: { in: ['QUEUED', 'RUNNING'] } } });
        if (mine >= MAX_ACTIVE_PER_REQUESTER) throw new AppError('VALIDATION', 'too many reports in progress', { fieldErrors: { scope: ['busy'] } });
        const created = await tx.annualReport.create({
          data: { year, scope: target.scope, provinceId: target.provinceId, agencyId: target.agencyId, requestedById: actor.id, activeKey },
          select: { id: true },
        });
        await recordAuditEvent(tx, { actorId: actor.id, action: 'annual_report.requested', objectType: 'annual_report', objectId: created.id, meta: target });
        return { id: created.id, existing: false };
      });
      // Asking again kicks too: a request whose kick was lost (a restart with SAJAM_JOBS=off) is not left queued for good.
      kickAnnualReport();
      return result;
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
