import 'server-only';
import { z } from 'zod';
import { discardUploads, storeUploads, type StoredUpload } from '@/lib/attachments/store-uploads';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Role } from '@/lib/authz';
import { referralReach, type ReferralActor } from '@/lib/agencies/referral-reach';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import type { AgencyOutcome, Prisma, Resolution } from '@/lib/generated/prisma/client';
import { getSettings } from '@/lib/settings/get-settings';
import { normalizeText, storedLength, visibleLength } from '@/lib/text/normalize';
import { announceToAgency, announceToNationalOffice } from './announce';
import { applyTransition } from './apply-transition';
import { referralDues, type AgencyDefaults } from './referral-dues';
import { findReferralTransition, referralTransitions, type ReferralAction, type ReferralStatus, type ReferralTransition } from './referral-transitions';
import { findTransition } from './transitions';

export type { ReferralActor };

export type MoveReferralOptions = {
  by: ReferralActor;
  referralId: string;
  action: ReferralAction;
  /** The version the person was looking at; omitted by the API (its `update_id` makes a retry safe instead). */
  version?: number;
  note?: string;
  resolution?: Resolution;
  /** What the agency says it did, with an answer (Open311 FIXED / NO_FURTHER_ACTION). */
  outcome?: AgencyOutcome;
  /** Ticked "I mean it", for moves that cannot be undone (accepting an answer). */
  confirmed?: boolean;
  /** Files sent with an answer or a question; cleaned like the reporter's (lib/attachments/sanitize.ts). */
  files?: readonly File[];
  /** Open311: the status the agency sent, and its own id for the update (the same id twice records one update). */
  agencyStatus?: string;
  updateId?: string;
  /** For tests with a pinned clock. */
  now?: Date;
};

export type MoveReferralResult = { referralId: string; status: ReferralStatus; version: number; eventId: string; duplicate: boolean };

/** How long the words of a move may be (characters). */
export const REFERRAL_NOTE_MAX = 5000;

/**
 * Moves one referral through its table (lib/workflow/referral-transitions.ts): checks who may, in one
 * transaction updates it if its version is still the one seen (optimistic locking), records the history
 * event, the audit event and the notifications of the other side, and lets the report follow its referrals
 * (follow-referrals.ts, through applyTransition — the one writer of a report's state).
 *
 * Errors: NOT_FOUND (not a referral this actor reaches — another agency's is indistinguishable from none),
 * FORBIDDEN (a move this actor may not make from this state), VALIDATION (missing words, resolution or
 * confirmation; bad files), CONFLICT (someone moved it first).
 */
export async function moveReferral(o: MoveReferralOptions): Promise<MoveReferralResult> {
  if (!z.uuid().safeParse(o.referralId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const referral = await db.referral.findFirst({
    where: { AND: [{ id: o.referralId }, referralReach(o.by) ?? { id: { in: [] } }] },
    select: {
      id: true,
      status: true,
      version: true,
      agencyId: true,
      acknowledgedAt: true,
      agency: { select: { name: true, acknowledgeDays: true, answerDays: true } },
      report: {
        select: { id: true, caseNumber: true, status: true, version: true, resumeStatus: true, submitterId: true, rating: { select: { appealStatus: true } } },
      },
    },
  });
  if (!referral) throw new AppError('NOT_FOUND');

  if (o.updateId) {
    const earlier = await findUpdate(referral.id, o.updateId, o);
    if (earlier) return earlier;
  }

  const transition = findReferralTransition(referral.status, o.action);
  if (!transition || !moverRoles(o.by, referral.report.submitterId).includes(transition.by)) throw new AppError('FORBIDDEN');
  if (transition.onAppeal && referral.report.rating?.appealStatus !== 'OPEN') throw new AppError('FORBIDDEN');
  if (o.version !== undefined && o.version !== referral.version) throw new AppError('CONFLICT', 'stale version');
  const note = checkInputs(transition, o);

  const now = o.now ?? new Date();
  const actorId = o.by.kind === 'person' ? o.by.actor.id : null;
  const uploads: StoredUpload[] = o.files?.length ? await storeUploads(o.files) : [];
  try {
    return await db.$transaction(async (tx) => {
      // The report's row first: two agencies answering at once are serialized here, so the second one's
      // follow-up reads the first one's referral (the report follows both, never one of them).
      await tx.$queryRaw`SELECT 1 FROM "Report" WHERE "id" = ${referral.report.id}::uuid FOR UPDATE`;
      const report = await tx.report.findUniqueOrThrow({
        where: { id: referral.report.id },
        select: { id: true, status: true, version: true, resumeStatus: true },
      });
      const moved = await tx.referral.updateMany({
        where: { id: referral.id, version: referral.version, status: referral.status },
        data: {
          status: transition.to,
          version: { increment: 1 },
          ...changes(transition, { note, outcome: o.outcome, resolution: o.resolution, now, referral, settings: await getSettings(tx) }),
        },
      });
      if (moved.count !== 1) throw new AppError('CONFLICT', 'referral changed');
      const event = await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          agencyId: referral.agencyId,
          kind: transition.event,
          fromStatus: referral.status,
          toStatus: transition.to,
          note,
          agencyStatus: o.agencyStatus ?? null,
          updateId: o.updateId ?? null,
          actorId,
          apiKeyId: o.by.kind === 'apiKey' ? o.by.apiKeyId : null,
          createdAt: now,
          attachments: { create: uploads.map((u) => ({ ...u, reportId: referral.report.id })) },
        },
        select: { id: true },
      });
      // Staff pass the agency's question to the reporter in their own words, on the reporter's thread.
      if (transition.action === 'relayToReporter')
        await tx.message.create({ data: { reportId: referral.report.id, authorType: 'STAFF', authorId: actorId, body: note!, createdAt: now } });
      await recordAuditEvent(tx, {
        actorId,
        action: 'referral.moved',
        objectType: 'referral',
        objectId: referral.id,
        meta: {
          action: transition.action,
          from: referral.status,
          to: transition.to,
          via: o.by.kind === 'apiKey' ? 'api' : 'portal',
          ...(o.by.kind === 'apiKey' ? { apiKeyId: o.by.apiKeyId } : {}),
        },
      });
      // Sending an accepted answer back on the reporter's appeal upholds the appeal.
      if (transition.onAppeal)
        await tx.reportRating.update({
          where: { reportId: referral.report.id },
          // The note here is addressed to the agency: the reporter is told only that the appeal was upheld.
          data: { appealStatus: 'UPHELD', appealNote: null, appealDecidedAt: now, appealDecidedById: actorId },
        });
      if (transition.onAppeal)
        await recordAuditEvent(tx, { actorId, action: 'report.appeal_decided', objectType: 'report', objectId: referral.report.id, meta: { upheld: true } });
      await tell(tx, transition, referral, now);
      await followReferrals(tx, report, actorId);
      return { referralId: referral.id, status: transition.to, version: referral.version + 1, eventId: event.id, duplicate: false };
    });
  } catch (error) {
    await discardUploads(uploads);
    // The same update_id at the same instant from two retries: the other one was stored.
    if (o.updateId && isUniqueViolation(error)) {
      const other = await findUpdate(referral.id, o.updateId, o);
      if (other) return other;
    }
    throw error;
  }
}

/** The report follows its referrals (lib/workflow/follow-referrals.ts); nothing happens if it stays where it is. */
async function followReferrals(
  tx: Prisma.TransactionClient,
  report: {
    id: string;
    status: Prisma.ReportGetPayload<{ select: { status: true } }>['status'];
    version: number;
    resumeStatus: null | Prisma.ReportGetPayload<{ select: { status: true } }>['status'];
  },
  actorId: string | null,
) {
  const follow = findTransition(report.status, 'followReferrals');
  if (!follow) return;
  await applyTransition(tx, { report, transition: follow, actor: actorId ? { id: actorId, agencyId: null } : null });
}

/** The roles through which this actor moves the referral. Nobody moves a referral of a report they submitted. */
function moverRoles(by: ReferralActor, submitterId: string | null): Role[] {
  if (by.kind === 'apiKey') return ['AGENCY_LIAISON'];
  if (submitterId !== null && submitterId === by.actor.id) return [];
  return by.actor.roles.filter((r) => r === 'NATIONAL_OFFICE' || (r === 'AGENCY_LIAISON' && by.actor.agencyId !== null));
}

/** The move's words, normalized, and its other requirements; VALIDATION with the fields that are missing. */
function checkInputs(t: ReferralTransition, o: MoveReferralOptions): string | null {
  const note = o.note === undefined ? '' : normalizeText(o.note).trim();
  const missing: Record<string, string[]> = {};
  if (t.requires.includes('note') && visibleLength(note) < 2) missing.note = ['noteRequired'];
  if (storedLength(note) > REFERRAL_NOTE_MAX) missing.note = ['noteLong'];
  if (t.requires.includes('resolution') && !o.resolution) missing.resolution = ['resolutionRequired'];
  if (t.requires.includes('confirm') && !o.confirmed) missing.confirmed = ['confirmRequired'];
  if (Object.keys(missing).length) throw new AppError('VALIDATION', 'missing fields', { fieldErrors: missing });
  return note || null;
}

/** What else a move writes on the referral besides its state. */
function changes(
  t: ReferralTransition,
  c: {
    note: string | null;
    outcome?: AgencyOutcome;
    resolution?: Resolution;
    now: Date;
    referral: { acknowledgedAt: Date | null; agency: { acknowledgeDays: number | null; answerDays: number | null } };
    settings: AgencyDefaults;
  },
): Prisma.ReferralUpdateManyMutationInput {
  // Any move by the agency shows it has the referral.
  const acknowledged = t.by === 'AGENCY_LIAISON' && t.action !== 'decline' && !c.referral.acknowledgedAt ? { acknowledgedAt: c.now } : {};
  switch (t.action) {
    case 'respond':
      return { ...acknowledged, respondedAt: c.now, response: c.note, agencyOutcome: c.outcome ?? null, escalatedAt: null };
    case 'accept':
      return { acceptedAt: c.now, resolution: c.resolution ?? null };
    case 'withdraw':
      return { withdrawnAt: c.now, withdrawReason: c.note };
    case 'sendBack':
    case 'reopenOnAppeal':
      // A fresh answer period from today, as on the first referral.
      return { answerDueAt: referralDues(c.referral.agency, c.now, c.settings).answerDueAt, acceptedAt: null, resolution: null, escalatedAt: null };
    default:
      return acknowledged;
  }
}

/** The other side hears of the move: the national office of the agency's, the agency of the staff's. */
async function tell(
  tx: Prisma.TransactionClient,
  t: ReferralTransition,
  referral: { id: string; agencyId: string; agency: { name: string }; report: { id: string; caseNumber: string | null } },
  now: Date,
) {
  const report = referral.report;
  if (t.event === 'RESPONDED' || t.event === 'CLARIFICATION_REQUESTED' || t.event === 'DECLINED_NOT_RESPONSIBLE')
    await announceToNationalOffice(tx, report, { agency: referral.agency.name, event: t.event }, now);
  const toAgency = {
    CLARIFIED: 'referral.clarified',
    SENT_BACK: 'referral.sentBack',
    REOPENED_ON_APPEAL: 'referral.sentBack',
    ACCEPTED: 'referral.accepted',
    WITHDRAWN: 'referral.withdrawn',
  } as const;
  const template = toAgency[t.event as keyof typeof toAgency];
  if (template) await announceToAgency(tx, { ...report, referralId: referral.id }, referral.agencyId, now, template);
}

/**
 * An update already recorded under this update_id: the same update sent again (a retry) answers as the first
 * time; another update under a used id is refused (CONFLICT), so the agency learns it was not recorded.
 */
async function findUpdate(referralId: string, updateId: string, o: MoveReferralOptions): Promise<MoveReferralResult | null> {
  const db = await getDb();
  const event = await db.referralEvent.findUnique({
    where: { referralId_updateId: { referralId, updateId } },
    select: { id: true, kind: true, note: true, agencyStatus: true, referral: { select: { status: true, version: true } } },
  });
  if (!event) return null;
  const sameNote = (event.note ?? '') === (o.note === undefined ? '' : normalizeText(o.note).trim());
  const transition = referralTransitions.find((t) => t.action === o.action);
  if (!sameNote || (event.agencyStatus ?? null) !== (o.agencyStatus ?? null) || transition?.event !== event.kind)
    throw new AppError('CONFLICT', 'update_id already used for another update', { fieldErrors: { update_id: ['updateIdReused'] } });
  return { referralId, status: event.referral.status, version: event.referral.version, eventId: event.id, duplicate: true };
}
