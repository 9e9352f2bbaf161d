import 'server-only';
import { createHmac } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { discardUploads, storeUploads } from '@/lib/attachments/store-uploads';
import { auditAppendSql } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { trackingKey } from '@/lib/crypto/keys';
import { encryptField } from '@/lib/crypto/personal-data';
import { keyFromToken, seal, unseal } from '@/lib/crypto/seal';
import { getDb, type Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/db/errors';
import { consumeLimit } from '@/lib/rate-limit/public-limits';
import { referenceData } from '@/lib/reference/reference-data';
import { topicRefusal } from '@/lib/topics/topic-window';
import { generateTrackingCode, hashTrackingCode, normalizeTrackingCode } from '@/lib/tracking/code';
import { toJalali } from '@/lib/i18n/format';
import { announceToCoreHeads } from '@/lib/workflow/announce';
import { getSettings } from '@/lib/settings/get-settings';
import { memberReportGate } from '@/lib/training/training-gate';
import { deadlinePolicy, stageDeadline } from '@/lib/workflow/deadlines';
import { initialStatus } from '@/lib/workflow/transitions';
import { caseNumberPrefix } from './case-number';
import type { ReportInput } from './report-input';
import { sendStatusMobileCode } from './set-status-mobile';

export type SubmitReportOptions = {
  /** The logged-in member, or null for an anonymous public report. */
  actor: Actor | null;
  input: ReportInput;
  files: readonly File[];
  /** What the rate limit counts: the member's id, or a keyed hash of the client address. */
  rateKey: string;
};

export type SubmittedReport = { reportId: string; trackingCode: string; duplicate: boolean };

/**
 * Records a report, its attachments, its first review step and its audit event in one transaction.
 * A resubmission of the same form (same one-time token) returns the first report's code. Anonymous
 * reports store nothing about the sender: no address, no browser, no account.
 * A member's report is refused (FORBIDDEN, field `trainingGate`) while the training gate is closed for them
 * (lib/training/training-gate.ts); an anonymous report is never gated (issue #18).
 */
export async function submitReport({ actor, input, files, rateKey }: SubmitReportOptions): Promise<SubmittedReport> {
  // Before the rate limit and the uploads: a refusal costs the member no try and stores nothing.
  if (actor && !(await memberReportGate({ userId: actor.id, now: new Date() })).open)
    throw new AppError('FORBIDDEN', 'training gate closed', { fieldErrors: { trainingGate: ['trainingGate'] } });
  await consumeLimit('submit', rateKey);
  const db = await getDb();
  // Bound to who sends it: the same token from another sender (a member's token replayed anonymously)
  // is another submission, never a way to the first one's tracking code.
  const submissionKeyHash = createHmac('sha256', trackingKey())
    .update(`submission:${actor?.id ?? 'public'}:${input.submissionToken}`)
    .digest('base64url');

  const placement = await placeReport(db, actor, input);
  const uploads = await storeUploads(files);
  const trackingCode = generateTrackingCode();
  const status = initialStatus(placement);
  const now = new Date();
  const policy = deadlinePolicy(await getSettings());

  try {
    const reportId = uuidv7();
    const actorId = actor?.id ?? null;
    const audit = auditAppendSql({ actorId, action: 'report.submit', objectType: 'report', objectId: reportId, meta: { status, attachments: uploads.length } });
    // The hot path is one statement: report, attachments, first review step and audit event commit
    // together or not at all, in a single round trip (see docs/benchmarks.md).
    // The case number's sequence is taken in the same statement: a refused or repeated submission rolls
    // it back with everything else, so numbers never skip (lib/reports/case-number.ts).
    const year = toJalali(now).jy;
    const prefix = caseNumberPrefix(placement.provinceCode, now);
    const write = Prisma.sql`
      WITH seq AS (
        INSERT INTO "CaseSequence" ("provinceId", "year", "last") VALUES (${placement.provinceId}, ${year}, 1)
        ON CONFLICT ("provinceId", "year") DO UPDATE SET "last" = "CaseSequence"."last" + 1
        RETURNING "last"),
      report AS (
        INSERT INTO "Report" (id, kind, "categoryId", "topicId", "provinceId", "countyId", "coreId", "submitterId", "hideIdentity", status,
          description, "placeDescription", "incidentDate", "contactName", "contactPhone", "contactEmail", "statusMobilePendingEnc",
          "trackingCodeHash", "submissionKeyHash", "trackingCodeSealed", "stageDeadlineAt", "submittedAt", "updatedAt", "caseNumber")
        SELECT ${reportId}::uuid, ${input.kind}::"ReportKind", ${input.categoryId}, ${input.topicId ?? null}, ${placement.provinceId}, ${placement.countyId},
          ${placement.coreId}::uuid, ${actorId}::uuid, ${actor ? input.hideIdentity : false}, ${status}::"ReportStatus",
          ${input.description}, ${input.placeDescription ?? null}, ${input.incidentDate ?? null}::date, ${input.contactName ?? null}, ${input.contactPhone ?? null}, ${input.contactEmail ?? null},
          ${input.statusMobile ? encryptField('mobile', input.statusMobile) : null},
          ${hashTrackingCode(normalizeTrackingCode(trackingCode)!, trackingKey())}, ${submissionKeyHash}, ${seal(trackingCode, keyFromToken(input.submissionToken, 'tracking-code'))},
          ${stageDeadline(status, now, policy)}, ${now}, ${now}, ${prefix} || lpad(seq."last"::text, greatest(5, length(seq."last"::text)), '0')
        FROM seq
        RETURNING id),
      step AS (
        INSERT INTO "Approval" (id, "reportId", "actorId", decision, "toStatus", "createdAt")
        SELECT ${uuidv7()}::uuid, id, ${actorId}::uuid, 'SUBMIT'::"Decision", ${status}::"ReportStatus", ${now} FROM report),
      files AS (
        INSERT INTO "Attachment" (id, "reportId", "storageKey", "mimeType", size, sha256)
        SELECT f.id::uuid, report.id, f.key, f.mime, f.size, f.sha FROM report,
          unnest(${uploads.map(() => uuidv7())}::text[], ${uploads.map((u) => u.storageKey)}::text[], ${uploads.map((u) => u.mimeType)}::text[],
                 ${uploads.map((u) => u.size)}::int[], ${uploads.map((u) => u.sha256)}::text[]) AS f(id, key, mime, size, sha))
      ${audit} FROM report`;
    if (placement.coreId === null) await db.$executeRaw(write);
    else
      // A member's report enters their core's queue: its heads are told in the same transaction (outbox).
      await db.$transaction(async (tx) => {
        await tx.$executeRaw(write);
        await announceToCoreHeads(tx, reportId, now);
      });
    // A mobile for status messages is only pending until its holder types back this code on /track.
    if (input.statusMobile) await sendStatusMobileCode({ mobile: input.statusMobile, rateKey }).catch(() => undefined);
    return { reportId, trackingCode, duplicate: false };
  } catch (error) {
    await discardUploads(uploads);
    // The same form was submitted before (a double click, a retry): answer with the first report's code.
    if (isUniqueViolation(error)) {
      const winner = await findBySubmission(db, submissionKeyHash, input.submissionToken);
      if (winner) return winner;
    }
    throw error;
  }
}

async function findBySubmission(db: Db, submissionKeyHash: string, token: string): Promise<SubmittedReport | null> {
  const row = await db.report.findUnique({ where: { submissionKeyHash }, select: { id: true, trackingCodeSealed: true } });
  const code = row?.trackingCodeSealed ? unseal(row.trackingCodeSealed, keyFromToken(token, 'tracking-code')) : null;
  return row && code ? { reportId: row.id, trackingCode: code, duplicate: true } : null;
}

type Placement = { provinceId: number; provinceCode: string; countyId: number | null; coreId: string | null };

/**
 * Where the report belongs. A member's report goes to their core (and its province); a public report to
 * the province and county chosen. References are checked here, so a forged form cannot point elsewhere.
 */
async function placeReport(db: Db, actor: Actor | null, input: ReportInput): Promise<Placement> {
  const [refs, member] = await Promise.all([
    referenceData(),
    actor?.roles.includes('MEMBER')
      ? db.member.findUnique({
          where: { userId: actor.id },
          select: { status: true, coreId: true, countyId: true, core: { select: { provinceId: true, countyId: true } } },
        })
      : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (refs.inactiveCategoryIds.has(input.categoryId)) errors.categoryId = ['categoryInactive'];
  else if (!refs.categoryIds.has(input.categoryId)) errors.categoryId = ['category'];

  let placement: Placement;
  if (member?.status === 'APPROVED' && member.core) {
    placement = {
      provinceId: member.core.provinceId,
      provinceCode: refs.provinceCodes.get(member.core.provinceId) ?? '',
      countyId: member.core.countyId ?? member.countyId,
      coreId: member.coreId,
    };
  } else {
    const provinceId = input.provinceId && refs.provinceIds.has(input.provinceId) ? input.provinceId : null;
    if (!provinceId) errors.provinceId = ['province'];
    else if (input.countyId && refs.countyProvince.get(input.countyId) !== provinceId) errors.countyId = ['county'];
    placement = { provinceId: provinceId ?? 0, provinceCode: refs.provinceCodes.get(provinceId ?? 0) ?? '', countyId: input.countyId ?? null, coreId: null };
  }
  // Open now, and a provincial topic only for its own province's reports (issue #15).
  const topicError = input.topicId ? topicRefusal(refs.topics.get(input.topicId), placement.provinceId, new Date()) : null;
  if (topicError) errors.topicId = [topicError];
  if (Object.keys(errors).length) throw new AppError('VALIDATION', 'invalid references', { fieldErrors: errors });
  return placement;
}
