// One projection of a report per kind of viewer, and the rule that says which kind a person is.
// Every page, route and API that shows a report goes through here (STYLE.md §10): each projection is
// an explicit allow-list — a Prisma `select` plus a function that copies named fields — so a column
// added to the schema reaches nobody until it is added here on purpose. Tests in
// report-views.integration.test.ts hold each projection's field list.
//
// What each viewer gets (issue #9):
// - reviewer (core head, province, national office, in scope): everything but identity, which is
//   revealed on request and audited (reveal-identity.ts); internal notes and reviewer names are theirs alone.
// - author (the member who submitted, in their account; anyone holding the tracking code on /track):
//   what they sent (facts, description, attachments, their contact choice, not the contact details),
//   status, the timeline with public notes only, the thread, the agency's answer, the steps ahead.
// - agency (a liaison of an agency the report was referred to): the referral's facts — kind, category,
//   topic, place, date, description, the report's own (cleaned) attachments, the referral and the note
//   written when referring. No internal notes, no reviewer names, no thread, nothing about the reporter.
import { roleReaches, type Actor, type Placement, type Role } from '@/lib/authz';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DeadlinePolicy } from '@/lib/workflow/deadlines';
import { nextSteps } from '@/lib/workflow/next-steps';
import { findTransition, isThreadOpen } from '@/lib/workflow/transitions';
import { REFERRAL_ANSWERED } from '@/lib/workflow/referral-transitions';
import type { ReferralEventKind } from '@/lib/generated/prisma/enums';
import { NO_OUTCOME } from '@/lib/workflow/duplicate-links';
import { publicOutcomeSelect } from '@/lib/outcomes/public-view';

export type ReportViewer = 'reviewer' | 'agency' | 'author';

/** The review chain's roles. ADMIN reads no reports at all (lib/authz/scope.ts, docs/security.md). */
const REVIEWER_ROLES: readonly Role[] = ['CORE_HEAD', 'PROVINCE_STAFF', 'NATIONAL_OFFICE'];

/**
 * The agencies a report is open to, as a Prisma select: its referrals, except withdrawn ones. Every
 * place that works out who may see or move a report reads them through this (and scope.ts, the same rule).
 */
export const liveReferralAgencies = { where: { status: { not: 'WITHDRAWN' } }, select: { agencyId: true } } as const satisfies Prisma.Report$referralsArgs;

/**
 * What decides who may see and move a report, and which moves are open: where it lives, its author, its
 * state, escalation, whether it is a closed duplicate, and the agencies it is open to. One select for the
 * report page and for the moves, so both decide from the same facts.
 */
export const moveFactsSelect = {
  id: true,
  status: true,
  provinceId: true,
  coreId: true,
  submitterId: true,
  escalatedAt: true,
  duplicateOfId: true,
  referrals: liveReferralAgencies,
} as const satisfies Prisma.ReportSelect;

export type ViewerFacts = { provinceId: number; coreId: string | null; submitterId: string | null; agencyIds: readonly string[] };

/**
 * Which kind of viewer this actor is for this report, or null when they may not see it (the caller
 * answers NOT_FOUND). The author is always the author, whatever other roles they hold: nobody reviews
 * their own report. A reviewer role in scope wins over an agency role.
 */
export function viewerOf(actor: Actor, report: ViewerFacts): ReportViewer | null {
  if (report.submitterId !== null && report.submitterId === actor.id) return 'author';
  const placement = placementOf(report);
  if (REVIEWER_ROLES.some((role) => roleReaches(actor, role, 'report', placement))) return 'reviewer';
  if (roleReaches(actor, 'AGENCY_LIAISON', 'report', placement)) return 'agency';
  return null;
}

/** Where a report lives, for the scope table's in-memory check (lib/authz/scope.ts). */
export function placementOf(report: ViewerFacts): Placement {
  return { provinceId: report.provinceId, coreId: report.coreId, agencyIds: report.agencyIds, ownerId: report.submitterId };
}

const named = { select: { name: true, nameEn: true } } as const;
/** The report's own attachments: not those of the reporter's thread, nor those agencies sent with their referral's moves. */
const REPORT_OWN_FILES = { messageId: null, referralEventId: null } as const satisfies Prisma.AttachmentWhereInput;
const attachmentFields = { orderBy: { createdAt: 'asc' }, select: { id: true, mimeType: true, size: true } } as const;

// ——— author ———————————————————————————————————————————————————————————————————————

/**
 * The follow-up steps the reporter sees on /track, by kind and date only: what Sajam and the agency did,
 * never their words (a question, a reason, what was missing) — only the answers are shown, on their own.
 */
const PUBLIC_EVENTS = [
  'REFERRED',
  'ACKNOWLEDGED',
  'CLARIFICATION_REQUESTED',
  'RESPONDED',
  'SENT_BACK',
  'ACCEPTED',
  'DECLINED_NOT_RESPONSIBLE',
  'REMINDED',
  'ESCALATED',
  'REOPENED_ON_APPEAL',
] as const satisfies readonly ReferralEventKind[];

export const authorSelect = {
  kind: true,
  status: true,
  submittedAt: true,
  description: true,
  placeDescription: true,
  incidentDate: true,
  coreId: true,
  submitterId: true,
  resumeStatus: true,
  hideIdentity: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  category: named,
  topic: { select: { title: true, titleEn: true } },
  province: named,
  county: named,
  attachments: { where: REPORT_OWN_FILES, orderBy: { createdAt: 'asc' }, select: { id: true, mimeType: true, size: true } },
  approvals: { where: { decision: { not: 'ESCALATE' } }, orderBy: { createdAt: 'asc' }, select: { toStatus: true, createdAt: true, publicNote: true } },
  messages: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, authorType: true, body: true, createdAt: true, attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, mimeType: true } } },
  },
  // Every referral: the reporter is told which agencies the case went to, how each followed it up (in
  // public wording: kinds and dates, the answers' words only) and the answers.
  referrals: {
    orderBy: { referredAt: 'asc' },
    select: {
      status: true,
      response: true,
      respondedAt: true,
      agencyId: true,
      agency: named,
      events: { where: { kind: { in: [...PUBLIC_EVENTS] } }, orderBy: { createdAt: 'asc' }, select: { kind: true, createdAt: true } },
    },
  },
  rating: { select: { satisfied: true, comment: true, createdAt: true, appealStatus: true, appealNote: true } },
  closedAt: true,
  statusMobileEnc: true,
  statusMobilePendingEnc: true,
  duplicateOf: { select: { status: true } },
  // The public outcome, as the public reads it (the projection's row: present only while PUBLISHED).
  publicView: { select: publicOutcomeSelect },
} as const satisfies Prisma.ReportSelect;

type AuthorRow = Prisma.ReportGetPayload<{ select: typeof authorSelect }>;

/**
 * What the reporter sees: the same on /track (by code) and on /reports/<id> (a member's own report):
 * what they sent, where it stands, what comes next, and what they may still do. Their contact details
 * are not repeated (only whether they asked to be contacted): whoever holds the code would read them.
 */
export function toAuthorView(r: AuthorRow, policy: DeadlinePolicy) {
  const answer = r.referrals
    .filter((f) => REFERRAL_ANSWERED.includes(f.status) && f.response !== null)
    .sort((a, b) => (b.respondedAt?.getTime() ?? 0) - (a.respondedAt?.getTime() ?? 0))[0];
  return {
    viewer: 'author' as const,
    kind: r.kind,
    category: { name: r.category.name, nameEn: r.category.nameEn },
    topic: r.topic ? { title: r.topic.title, titleEn: r.topic.titleEn } : null,
    province: { name: r.province.name, nameEn: r.province.nameEn },
    county: r.county ? { name: r.county.name, nameEn: r.county.nameEn } : null,
    placeDescription: r.placeDescription,
    incidentDate: r.incidentDate,
    description: r.description,
    status: r.status,
    submittedAt: r.submittedAt,
    attachments: r.attachments.map((a) => ({ id: a.id, mimeType: a.mimeType, size: a.size })),
    /** Whether they asked to be contacted (an anonymous reporter), or hid their identity from reviewers (a member). */
    contact: { fromMember: r.submitterId !== null, wantsContact: Boolean(r.contactName || r.contactPhone || r.contactEmail), hideIdentity: r.hideIdentity },
    /** Each step, with the reviewers' public note only: internal notes and names never reach the reporter. */
    timeline: r.approvals.map((a) => ({ status: a.toStatus, at: a.createdAt, publicNote: a.publicNote })),
    messages: r.messages.map((m) => ({
      id: m.id,
      author: m.authorType,
      body: m.body,
      at: m.createdAt,
      attachments: m.attachments.map((a) => ({ id: a.id, mimeType: a.mimeType })),
    })),
    /** The agencies the case was referred to, by name (issue #13: the reporter knows where it went). */
    referredTo: r.referrals.filter((f) => f.status !== 'WITHDRAWN').map((f) => ({ name: f.agency.name, nameEn: f.agency.nameEn })),
    /** Each agency's follow-up, in public wording (kinds and dates; issue #14). */
    followUp: r.referrals
      .filter((f) => f.status !== 'WITHDRAWN')
      .map((f) => ({ agency: { name: f.agency.name, nameEn: f.agency.nameEn }, steps: f.events.map((e) => ({ kind: e.kind, at: e.createdAt })) })),
    /** The reporter's rating of the answer, and the appeal it opened; `canRate` once an answer was accepted and the case closed. */
    rating: r.rating
      ? {
          satisfied: r.rating.satisfied,
          comment: r.rating.comment,
          at: r.rating.createdAt,
          appealStatus: r.rating.appealStatus,
          /** The national office's reason, when it dismissed the appeal (written for the reporter). */
          dismissalNote: r.rating.appealStatus === 'DISMISSED' ? r.rating.appealNote : null,
        }
      : null,
    canRate: r.rating === null && (r.status === 'CLOSED' || r.status === 'PUBLISHED') && r.referrals.some((f) => f.status === 'ACCEPTED'),
    /** Whether status messages go to a mobile; never the number (whoever holds the code would read it). */
    statusMessages: r.statusMobileEnc !== null,
    /** A number waits for the code sent to it to be typed back (set-status-mobile.ts); nothing is sent to it until then. */
    statusMobilePending: r.statusMobilePendingEnc !== null,
    /**
     * Closed as a repeat of another report: that report's state only (nothing else of someone else's case);
     * null once it ended without an outcome of the matter (withdrawn or rejected: another person's act on
     * their own report, not news for this reporter), whose page then says the case closed without one.
     */
    duplicateOf: r.duplicateOf ? { status: NO_OUTCOME.includes(r.duplicateOf.status) ? null : r.duplicateOf.status } : null,
    agencyAnswer: answer?.response
      ? { agency: answer.agency.name, agencyEn: answer.agency.nameEn, response: answer.response, at: answer.respondedAt ?? r.submittedAt }
      : null,
    /**
     * The published outcome exactly as the public sees it (issue #16), with the names of its agencies (the
     * case's own referrals) for toPublicOutcomeView; null unless the case is published.
     */
    publishedOutcome: r.publicView
      ? { row: r.publicView, agencies: r.referrals.map((f) => ({ id: f.agencyId, name: f.agency.name, nameEn: f.agency.nameEn })) }
      : null,
    nextSteps: nextSteps({ status: r.status, hasCore: r.coreId !== null, resumeStatus: r.resumeStatus }, policy),
    canReply: isThreadOpen(r.status),
    canWithdraw: findTransition(r.status, 'withdraw') !== undefined,
    awaitingAnswer: r.status === 'NEEDS_INFO',
  };
}

export type AuthorView = ReturnType<typeof toAuthorView>;

// ——— the case's facts, shared by reviewers and agencies ————————————————————————————————

type FactsRow = Pick<
  ReviewerRow,
  | 'id'
  | 'caseNumber'
  | 'kind'
  | 'status'
  | 'version'
  | 'submittedAt'
  | 'description'
  | 'placeDescription'
  | 'incidentDate'
  | 'category'
  | 'topic'
  | 'province'
  | 'county'
  | 'attachments'
>;

/** What happened, where and when, and the report's own (cleaned) attachments. */
function caseFacts(r: FactsRow) {
  return {
    id: r.id,
    /** The staff's name for the case (lib/reports/case-number.ts); never shown to the reporter. */
    caseNumber: r.caseNumber,
    kind: r.kind,
    status: r.status,
    version: r.version,
    submittedAt: r.submittedAt,
    description: r.description,
    placeDescription: r.placeDescription,
    incidentDate: r.incidentDate,
    category: { name: r.category.name, nameEn: r.category.nameEn },
    topic: r.topic ? { title: r.topic.title, titleEn: r.topic.titleEn } : null,
    province: { name: r.province.name, nameEn: r.province.nameEn },
    county: r.county ? { name: r.county.name, nameEn: r.county.nameEn } : null,
    attachments: r.attachments.map((a) => ({ id: a.id, mimeType: a.mimeType, size: a.size })),
  };
}

// ——— reviewer —————————————————————————————————————————————————————————————————————

export const reviewerSelect = {
  id: true,
  caseNumber: true,
  kind: true,
  status: true,
  version: true,
  submittedAt: true,
  provinceId: true,
  coreId: true,
  submitterId: true,
  hideIdentity: true,
  description: true,
  placeDescription: true,
  incidentDate: true,
  stageDeadlineAt: true,
  escalatedAt: true,
  resolution: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  publicOutcome: true,
  publicAnswer: true,
  category: named,
  topic: { select: { title: true, titleEn: true } },
  province: named,
  county: named,
  core: { select: { name: true } },
  assignee: { select: { id: true, name: true } },
  assignedAt: true,
  duplicateOf: { select: { id: true, caseNumber: true } },
  duplicates: { orderBy: { submittedAt: 'asc' }, take: 50, select: { id: true, caseNumber: true } },
  attachments: { where: REPORT_OWN_FILES, orderBy: { createdAt: 'asc' }, select: { id: true, mimeType: true, size: true } },
  approvals: {
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      decision: true,
      toStatus: true,
      createdAt: true,
      publicNote: true,
      internalNote: true,
      actorId: true,
      actor: { select: { name: true } },
    },
  },
  messages: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, authorType: true, body: true, createdAt: true, attachments: { select: { id: true, mimeType: true } } },
  },
  referrals: {
    orderBy: { referredAt: 'asc' },
    select: {
      id: true,
      agencyId: true,
      status: true,
      version: true,
      coveringNote: true,
      referredAt: true,
      acknowledgeDueAt: true,
      answerDueAt: true,
      acknowledgedAt: true,
      respondedAt: true,
      acceptedAt: true,
      escalatedAt: true,
      response: true,
      agencyOutcome: true,
      resolution: true,
      agency: named,
      events: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          kind: true,
          note: true,
          agencyStatus: true,
          createdAt: true,
          apiKeyId: true,
          actor: { select: { name: true } },
          attachments: attachmentFields,
        },
      },
    },
  },
  rating: { select: { satisfied: true, comment: true, createdAt: true, appealStatus: true, appealNote: true } },
  publicView: { select: publicOutcomeSelect },
} as const satisfies Prisma.ReportSelect;

type ReviewerRow = Prisma.ReportGetPayload<{ select: typeof reviewerSelect }>;

/**
 * What a reviewer in scope sees. No identity: a member appears as "a member of core X" (not even as
 * the actor of their own steps) and contact details only as "left / not left" until revealed.
 */
export function toReviewerView(r: ReviewerRow, extra: { identityRevealable: boolean }) {
  const isSubmitter = (actorId: string | null) => r.submitterId !== null && actorId === r.submitterId;
  return {
    viewer: 'reviewer' as const,
    ...caseFacts(r),
    stageDeadlineAt: r.stageDeadlineAt,
    escalatedAt: r.escalatedAt,
    resolution: r.resolution,
    hideIdentity: r.hideIdentity,
    core: r.core ? { name: r.core.name } : null,
    /** Who works on the case (lib/reports/assign-report.ts); it does not change who may act. */
    assignee: r.assignee ? { id: r.assignee.id, name: r.assignee.name } : null,
    assignedAt: r.assignedAt,
    /** The original this report repeats, and the reports that repeat this one (by case number). */
    duplicateOf: r.duplicateOf ? { id: r.duplicateOf.id, caseNumber: r.duplicateOf.caseNumber } : null,
    duplicates: r.duplicates.map((d) => ({ id: d.id, caseNumber: d.caseNumber })),
    approvals: r.approvals.map((a) => ({
      id: a.id,
      decision: a.decision,
      toStatus: a.toStatus,
      createdAt: a.createdAt,
      publicNote: a.publicNote,
      internalNote: a.internalNote,
      /** The reviewer's name; null for the reporter's own steps and for the system's. */
      actorName: isSubmitter(a.actorId) ? null : (a.actor?.name ?? null),
    })),
    messages: r.messages.map((m) => ({
      id: m.id,
      authorType: m.authorType,
      body: m.body,
      createdAt: m.createdAt,
      attachments: m.attachments.map((a) => ({ id: a.id, mimeType: a.mimeType })),
    })),
    /** Every referral with its whole follow-up history (who in Sajam or the agency did what, and their words). */
    referrals: r.referrals.map((f) => ({
      id: f.id,
      status: f.status,
      version: f.version,
      coveringNote: f.coveringNote,
      referredAt: f.referredAt,
      acknowledgeDueAt: f.acknowledgeDueAt,
      answerDueAt: f.answerDueAt,
      acknowledgedAt: f.acknowledgedAt,
      respondedAt: f.respondedAt,
      acceptedAt: f.acceptedAt,
      escalatedAt: f.escalatedAt,
      response: f.response,
      agencyOutcome: f.agencyOutcome,
      resolution: f.resolution,
      agency: { name: f.agency.name, nameEn: f.agency.nameEn },
      history: f.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        note: e.note,
        agencyStatus: e.agencyStatus,
        at: e.createdAt,
        /** A person's name, "the agency's system" for an API key, or null for the follow-up job. */
        by: e.actor?.name ?? (e.apiKeyId ? { api: true as const } : null),
        attachments: e.attachments.map((a) => ({ id: a.id, mimeType: a.mimeType, size: a.size })),
      })),
    })),
    rating: r.rating
      ? {
          satisfied: r.rating.satisfied,
          comment: r.rating.comment,
          at: r.rating.createdAt,
          appealStatus: r.rating.appealStatus,
          appealNote: r.rating.appealNote,
        }
      : null,
    /** The summaries staff wrote for the public (issue #16): the publish form starts from them; kept after unpublishing. */
    publicSummary: { publicOutcome: r.publicOutcome, publicAnswer: r.publicAnswer },
    /** The outcome as the public sees it now (the projection's row), while published. */
    publishedOutcome: r.publicView
      ? { row: r.publicView, agencies: r.referrals.map((f) => ({ id: f.agencyId, name: f.agency.name, nameEn: f.agency.nameEn })) }
      : null,
    submittedByMember: r.submitterId !== null,
    wantsContact: Boolean(r.contactName || r.contactPhone || r.contactEmail),
    identityRevealable: extra.identityRevealable,
  };
}

export type ReviewerView = ReturnType<typeof toReviewerView>;

// ——— agency ———————————————————————————————————————————————————————————————————————

/**
 * The history an agency sees of its own referral: its moves and Sajam's answers to them, with their words.
 * Not the staff's message to the reporter (RELAYED_TO_REPORTER) nor the escalation inside Sajam.
 */
const AGENCY_EVENTS = [
  'REFERRED',
  'ACKNOWLEDGED',
  'PROGRESS',
  'CLARIFICATION_REQUESTED',
  'CLARIFIED',
  'RESPONDED',
  'SENT_BACK',
  'ACCEPTED',
  'DECLINED_NOT_RESPONSIBLE',
  'WITHDRAWN',
  'REMINDED',
  'REOPENED_ON_APPEAL',
] as const satisfies readonly ReferralEventKind[];

/** A referral as its agency reads it (the portal and the Open311 API): the case's facts and the referral's own life. */
export const agencyReferralSelect = {
  id: true,
  agencyId: true,
  status: true,
  version: true,
  coveringNote: true,
  referredAt: true,
  acknowledgeDueAt: true,
  answerDueAt: true,
  acknowledgedAt: true,
  respondedAt: true,
  acceptedAt: true,
  updatedAt: true,
  response: true,
  agencyOutcome: true,
  resolution: true,
  events: {
    where: { kind: { in: [...AGENCY_EVENTS] } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, kind: true, note: true, agencyStatus: true, createdAt: true, attachments: attachmentFields },
  },
  report: {
    select: {
      id: true,
      caseNumber: true,
      kind: true,
      status: true,
      version: true,
      submittedAt: true,
      description: true,
      placeDescription: true,
      incidentDate: true,
      category: { select: { slug: true, name: true, nameEn: true } },
      topic: { select: { title: true, titleEn: true } },
      province: named,
      county: named,
      attachments: { where: REPORT_OWN_FILES, orderBy: { createdAt: 'asc' }, select: { id: true, mimeType: true, size: true } },
    },
  },
} as const satisfies Prisma.ReferralSelect;

type AgencyReferralRow = Prisma.ReferralGetPayload<{ select: typeof agencyReferralSelect }>;

/**
 * What the liaison of the agency (or its system, over Open311) sees: what happened, where and when, the
 * report's cleaned attachments, the covering note, and its referral's history. Nothing about the reporter,
 * no internal notes, no reviewer names, no thread with the reporter.
 */
export function toAgencyView(f: AgencyReferralRow) {
  return {
    viewer: 'agency' as const,
    ...caseFacts(f.report),
    categorySlug: f.report.category.slug,
    referral: {
      id: f.id,
      status: f.status,
      version: f.version,
      coveringNote: f.coveringNote,
      referredAt: f.referredAt,
      acknowledgeDueAt: f.acknowledgeDueAt,
      answerDueAt: f.answerDueAt,
      acknowledgedAt: f.acknowledgedAt,
      respondedAt: f.respondedAt,
      acceptedAt: f.acceptedAt,
      updatedAt: f.updatedAt,
      response: f.response,
      agencyOutcome: f.agencyOutcome,
      resolution: f.resolution,
      history: f.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        note: e.note,
        agencyStatus: e.agencyStatus,
        at: e.createdAt,
        attachments: e.attachments.map((a) => ({ id: a.id, mimeType: a.mimeType, size: a.size })),
      })),
    },
  };
}

export type AgencyView = ReturnType<typeof toAgencyView>;
