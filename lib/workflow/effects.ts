import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Settings } from '@/lib/settings/registry';
import { normalizeText } from '@/lib/text/normalize';
import { announceToAgency } from './announce';
import { DUPLICATE_OF_ERROR, linkToOriginal } from './duplicate-links';
import { referralDues } from './referral-dues';
import { REFERRAL_ENDED_WITHOUT_ANSWER } from './referral-transitions';
import type { Effect } from './transitions';
import type { Publication } from './apply-transition';

/** What an effect may use: the move's inputs, already checked against the move's requirements. */
export type EffectInput = {
  reportId: string;
  actor: { id: string; agencyId: string | null } | null;
  publicNote?: string;
  agencyIds?: readonly string[];
  coveringNote?: string;
  duplicateOfId?: string;
  /** The publish move's summaries (checked by transition-report.ts), and the unpublish move's reason (the internal note). */
  publication?: Publication;
  internalNote?: string;
  now: Date;
  /** The settings in force (agencies' default due days). */
  settings: Settings;
};

const required = <T>(value: T | undefined | null, field: string, key: string): T => {
  if (value === undefined || value === null || value === '') throw new AppError('VALIDATION', `${field} required`, { fieldErrors: { [field]: [key] } });
  return value;
};

/** How long a covering note may be (characters). */
export const COVERING_NOTE_MAX = 3000;

/**
 * Each effect named in the transition table (lib/workflow/transitions.ts), written once. They run in
 * applyTransition's transaction, before the state moves, so a failed effect leaves nothing behind.
 */
export const effects: Record<Effect, (tx: Prisma.TransactionClient, input: EffectInput) => Promise<void>> = {
  async askReporter(tx, { reportId, actor, publicNote }) {
    await tx.message.create({ data: { reportId, authorType: 'STAFF', authorId: actor?.id ?? null, body: required(publicNote, 'publicNote', 'noteRequired') } });
  },

  // One referral per agency and report: a declined or withdrawn one is reopened (its history kept), a live
  // one refuses the choice. Each agency's due dates are its own; its liaisons are told (announce.ts).
  async referToAgencies(tx, { reportId, actor, agencyIds, coveringNote, now, settings }) {
    const ids = [...new Set(required(agencyIds?.length ? agencyIds : null, 'agencyId', 'agencyRequired'))];
    const agencies = await tx.agency.findMany({ where: { id: { in: ids }, active: true }, select: { id: true, acknowledgeDays: true, answerDays: true } });
    if (agencies.length !== ids.length) throw new AppError('VALIDATION', 'unknown agency', { fieldErrors: { agencyId: ['agencyRequired'] } });
    const note = coveringNote ? normalizeText(coveringNote).trim().slice(0, COVERING_NOTE_MAX) || null : null;
    const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, caseNumber: true } });
    for (const agency of agencies) {
      const dues = referralDues(agency, now, settings);
      const earlier = await tx.referral.findUnique({ where: { reportId_agencyId: { reportId, agencyId: agency.id } }, select: { id: true, status: true } });
      if (earlier && !REFERRAL_ENDED_WITHOUT_ANSWER.includes(earlier.status))
        throw new AppError('VALIDATION', 'already referred', { fieldErrors: { agencyId: ['agencyAlreadyReferred'] } });
      const fresh = {
        status: 'PENDING' as const,
        referredById: actor?.id ?? null,
        coveringNote: note,
        ...dues,
        referredAt: now,
        acknowledgedAt: null,
        respondedAt: null,
        acceptedAt: null,
        withdrawnAt: null,
        withdrawReason: null,
        escalatedAt: null,
        response: null,
        agencyOutcome: null,
        resolution: null,
      };
      const referral = earlier
        ? await tx.referral.update({ where: { id: earlier.id }, data: { ...fresh, version: { increment: 1 } }, select: { id: true } })
        : await tx.referral.create({ data: { reportId, agencyId: agency.id, ...fresh }, select: { id: true } });
      await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          agencyId: agency.id,
          kind: 'REFERRED',
          fromStatus: earlier?.status ?? null,
          toStatus: 'PENDING',
          note,
          actorId: actor?.id ?? null,
          createdAt: now,
        },
      });
      await recordAuditEvent(tx, {
        actorId: actor?.id ?? null,
        action: 'referral.created',
        objectType: 'referral',
        objectId: referral.id,
        meta: { reportId, agencyId: agency.id, reopened: earlier !== null },
      });
      await announceToAgency(tx, { ...report, referralId: referral.id }, agency.id, now);
    }
  },

  // The original was found in the actor's scope by its case number (transition-report.ts findOriginal);
  // checked again here under lock, against a reviewer linking the other way at the same instant.
  async linkDuplicate(tx, { reportId, duplicateOfId }) {
    const refused = await linkToOriginal(tx, reportId, required(duplicateOfId, 'duplicateOf', 'duplicateOfUnknown'));
    if (refused) throw new AppError('VALIDATION', 'original no longer open', { fieldErrors: { duplicateOf: [DUPLICATE_OF_ERROR[refused]] } });
  },

  // The summaries are stored on the report (kept if it is unpublished later); the audit says which changed
  // since the last publication and whether warnings were acknowledged, never the words.
  async publishSummary(tx, { reportId, actor, publication }) {
    const p = required(publication, 'publicOutcome', 'publicOutcomeShort');
    const before = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { publicOutcome: true, publicAnswer: true } });
    await tx.report.update({ where: { id: reportId }, data: { publicOutcome: p.publicOutcome, publicAnswer: p.publicAnswer } });
    const changed = (['publicOutcome', 'publicAnswer'] as const).filter((field) => before[field] !== p[field]);
    await recordAuditEvent(tx, {
      actorId: actor?.id ?? null,
      action: 'report.outcome_published',
      objectType: 'report',
      objectId: reportId,
      meta: { changed, republished: before.publicOutcome !== null, warnings: p.warnings, warningsAcknowledged: p.warnings > 0 && p.warningsChecked },
    });
  },

  // Why an outcome left the public pages, for the audit log (staff words, not the report's).
  async unpublishOutcome(tx, { reportId, actor, internalNote }) {
    const reason = required(internalNote?.trim(), 'internalNote', 'reasonRequired');
    await recordAuditEvent(tx, {
      actorId: actor?.id ?? null,
      action: 'report.outcome_unpublished',
      objectType: 'report',
      objectId: reportId,
      meta: { reason },
    });
  },
};
