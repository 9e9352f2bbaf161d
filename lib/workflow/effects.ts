import 'server-only';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { announceToAgency } from './announce';
import type { Effect } from './transitions';

/** What an effect may use: the move's inputs, already checked against the move's requirements. */
export type EffectInput = {
  reportId: string;
  actor: { id: string; agencyId: string | null } | null;
  publicNote?: string;
  agencyId?: string;
  duplicateOfId?: string;
  now: Date;
};

const required = <T>(value: T | undefined | null, field: string, key: string): T => {
  if (value === undefined || value === null || value === '') throw new AppError('VALIDATION', `${field} required`, { fieldErrors: { [field]: [key] } });
  return value;
};

/**
 * Each effect named in the transition table (lib/workflow/transitions.ts), written once. They run in
 * applyTransition's transaction, before the state moves, so a failed effect leaves nothing behind.
 */
export const effects: Record<Effect, (tx: Prisma.TransactionClient, input: EffectInput) => Promise<void>> = {
  async askReporter(tx, { reportId, actor, publicNote }) {
    await tx.message.create({ data: { reportId, authorType: 'STAFF', authorId: actor?.id ?? null, body: required(publicNote, 'publicNote', 'noteRequired') } });
  },

  // The agency's liaisons are told in the same transaction (announce.ts).
  async referToAgency(tx, { reportId, actor, agencyId, now }) {
    const agency = await tx.agency.findFirst({ where: { id: required(agencyId, 'agencyId', 'agencyRequired'), active: true }, select: { id: true } });
    if (!agency) throw new AppError('VALIDATION', 'unknown agency', { fieldErrors: { agencyId: ['agencyRequired'] } });
    await tx.referral.create({ data: { reportId, agencyId: agency.id, referredById: actor?.id ?? null } });
    const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, caseNumber: true } });
    await announceToAgency(tx, report, agency.id, now);
  },

  // Only a referral still PENDING (the agency has not acknowledged it); its liaisons are told.
  async withdrawReferral(tx, { reportId, publicNote, now }) {
    const pending = await tx.referral.findFirst({ where: { reportId, status: 'PENDING' }, select: { id: true, agencyId: true } });
    if (!pending) throw new AppError('CONFLICT', 'referral no longer pending');
    await tx.referral.update({
      where: { id: pending.id },
      data: { status: 'WITHDRAWN', withdrawnAt: now, withdrawReason: required(publicNote, 'publicNote', 'noteRequired') },
    });
    const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, caseNumber: true } });
    await announceToAgency(tx, report, pending.agencyId, now, 'referral.withdrawn');
  },

  // The original was found in the actor's scope by its case number (transition-report.ts findOriginal).
  async linkDuplicate(tx, { reportId, duplicateOfId }) {
    await tx.report.update({ where: { id: reportId }, data: { duplicateOfId: required(duplicateOfId, 'duplicateOf', 'duplicateOfUnknown') } });
  },

  async acknowledgeReferral(tx, { reportId, actor, now }) {
    await updateOwnReferral(tx, reportId, actor, 'PENDING', { status: 'ACKNOWLEDGED', acknowledgedAt: now });
  },

  async recordAgencyAnswer(tx, { reportId, actor, publicNote, now }) {
    await updateOwnReferral(tx, reportId, actor, 'ACKNOWLEDGED', {
      status: 'RESPONDED',
      respondedAt: now,
      response: required(publicNote, 'publicNote', 'noteRequired'),
    });
  },
};

/** The acting agency's own referral of this report, in the state the move expects; CONFLICT if it changed. */
async function updateOwnReferral(
  tx: Prisma.TransactionClient,
  reportId: string,
  actor: EffectInput['actor'],
  from: 'PENDING' | 'ACKNOWLEDGED',
  data: Prisma.ReferralUpdateManyMutationInput,
) {
  const agencyId = required(actor?.agencyId, 'agencyId', 'agencyRequired');
  const updated = await tx.referral.updateMany({ where: { reportId, agencyId, status: from }, data });
  if (updated.count === 0) throw new AppError('CONFLICT', 'referral changed');
}
