import 'server-only';
import { createHmac } from 'node:crypto';
import { discardUploads, storeUploads } from '@/lib/attachments/store-uploads';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { trackingKey } from '@/lib/crypto/keys';
import { keyFromToken, seal, unseal } from '@/lib/crypto/seal';
import { getDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { consumePublicLimit } from '@/lib/rate-limit/public-limits';
import { generateTrackingCode, hashTrackingCode, normalizeTrackingCode } from '@/lib/tracking/code';
import { initialStatus, stageDeadline } from '@/lib/workflow/transitions';
import type { ReportInput } from './report-input';

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
 */
export async function submitReport({ actor, input, files, rateKey }: SubmitReportOptions): Promise<SubmittedReport> {
  await consumePublicLimit('submit', rateKey);
  const db = await getDb();
  const submissionKeyHash = createHmac('sha256', trackingKey()).update(`submission:${input.submissionToken}`).digest('base64url');

  const earlier = await findBySubmission(db, submissionKeyHash, input.submissionToken);
  if (earlier) return earlier;

  const placement = await placeReport(db, actor, input);
  const uploads = await storeUploads(files);
  const trackingCode = generateTrackingCode();
  const status = initialStatus(placement);
  const now = new Date();

  try {
    const report = await db.$transaction(async (tx) => {
      const created = await tx.report.create({
        data: {
          kind: input.kind,
          categoryId: input.categoryId,
          topicId: input.topicId ?? null,
          provinceId: placement.provinceId,
          countyId: placement.countyId,
          coreId: placement.coreId,
          submitterId: actor?.id ?? null,
          hideIdentity: actor ? input.hideIdentity : false,
          status,
          description: input.description,
          placeDescription: input.placeDescription ?? null,
          incidentDate: input.incidentDate ?? null,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          contactEmail: input.contactEmail ?? null,
          trackingCodeHash: hashTrackingCode(normalizeTrackingCode(trackingCode)!, trackingKey()),
          submissionKeyHash,
          trackingCodeSealed: seal(trackingCode, keyFromToken(input.submissionToken, 'tracking-code')),
          stageDeadlineAt: stageDeadline(status, now),
          submittedAt: now,
          attachments: { create: uploads },
          approvals: { create: { decision: 'SUBMIT', toStatus: status, actorId: actor?.id ?? null, createdAt: now } },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, { actorId: actor?.id ?? null, action: 'report.submit', objectType: 'report', objectId: created.id, meta: { status, attachments: uploads.length } });
      return created;
    });
    return { reportId: report.id, trackingCode, duplicate: false };
  } catch (error) {
    await discardUploads(uploads);
    // Two copies of one form raced: the other one won, so answer with its code.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
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

type Placement = { provinceId: number; countyId: number | null; coreId: string | null };

/**
 * Where the report belongs. A member's report goes to their core (and its province); a public report to
 * the province and county chosen. References are checked here, so a forged form cannot point elsewhere.
 */
async function placeReport(db: Db, actor: Actor | null, input: ReportInput): Promise<Placement> {
  const [category, topic] = await Promise.all([
    db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }),
    input.topicId ? db.topic.findFirst({ where: { id: input.topicId, active: true }, select: { id: true } }) : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (!category) errors.categoryId = ['category'];
  if (input.topicId && !topic) errors.topicId = ['topic'];

  const member = actor?.roles.includes('MEMBER')
    ? await db.member.findUnique({ where: { userId: actor.id }, select: { status: true, coreId: true, provinceId: true, countyId: true, core: { select: { provinceId: true, countyId: true } } } })
    : null;
  let placement: Placement;
  if (member?.status === 'APPROVED' && member.core) {
    placement = { provinceId: member.core.provinceId, countyId: member.core.countyId ?? member.countyId, coreId: member.coreId };
  } else {
    const [province, county] = await Promise.all([
      input.provinceId ? db.province.findUnique({ where: { id: input.provinceId }, select: { id: true } }) : null,
      input.countyId ? db.county.findUnique({ where: { id: input.countyId }, select: { provinceId: true } }) : null,
    ]);
    if (!province) errors.provinceId = ['province'];
    else if (input.countyId && county?.provinceId !== province.id) errors.countyId = ['county'];
    placement = { provinceId: province?.id ?? 0, countyId: input.countyId ?? null, coreId: null };
  }
  if (Object.keys(errors).length) throw new AppError('VALIDATION', 'invalid references', { fieldErrors: errors });
  return placement;
}
