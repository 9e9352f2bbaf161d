// The life of a synthetic report's referrals (issue #14): which agencies, how fast each acknowledged,
// asked, answered, was sent back and accepted, the follow-up job's reminders and escalations on the
// way, and the reporter's rating. Each agency has a pace (fast, steady, slow, late); slow and late
// agencies are likelier to hold the referrals still open, so the "overdue agencies" differ by agency as
// they would. The referrals' states obey the rule the report follows (lib/workflow/follow-referrals.ts),
// and a referral's history obeys its transition table (lib/workflow/referral-transitions.ts).
import type { AgencyOutcome, ReferralDue, ReferralEventKind, ReferralStatus, ReportStatus, Resolution } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;
/** Iran's fixed offset (+03:30, no daylight saving since 2022; the data set starts in 1404). */
const TEHRAN_OFFSET = 210 * 60_000;
/** The follow-up job's five-minute schedule: its steps land a few minutes after the boundary. */
const SWEEP_LAG = 5 * 60_000;

/** The end of the Tehran day `days` days after `t`'s (lib/i18n/format.ts tehranDayEnd, by arithmetic: millions of calls). */
export function tehranDayEndFast(t: number, days: number): number {
  return Math.floor((t + TEHRAN_OFFSET) / DAY) * DAY + (days + 1) * DAY - TEHRAN_OFFSET;
}

export type Pace = 'fast' | 'steady' | 'slow' | 'late';
type PaceDays = { acknowledge: [number, number]; answer: [number, number]; sendBack: number; clarification: number; openWeight: number };

/** Days to acknowledge and to answer (after acknowledging), drawn in these ranges; chance of a send-back and of a question. */
export const PACES: Record<Pace, PaceDays> = {
  fast: { acknowledge: [0.05, 1.5], answer: [2, 12], sendBack: 0.05, clarification: 0.08, openWeight: 0.4 },
  steady: { acknowledge: [0.5, 6], answer: [6, 26], sendBack: 0.1, clarification: 0.15, openWeight: 1 },
  slow: { acknowledge: [2, 9], answer: [15, 40], sendBack: 0.15, clarification: 0.2, openWeight: 2 },
  late: { acknowledge: [4, 20], answer: [25, 75], sendBack: 0.25, clarification: 0.25, openWeight: 3.5 },
};

export type SeedAgency = { id: string; slug: string; provinceId: number | null; pace: Pace; share: number; acknowledgeDays: number; answerDays: number };

/** The seeded agencies' paces and shares of referrals (db:seed's five); others take turns. */
export function agencyPlan(
  agencies: readonly { id: string; slug: string; provinceId: number | null; acknowledgeDays: number; answerDays: number }[],
): SeedAgency[] {
  const known: Record<string, { pace: Pace; share: number }> = {
    police: { pace: 'steady', share: 35 },
    inspection: { pace: 'late', share: 15 },
    'health-ministry': { pace: 'slow', share: 20 },
    environment: { pace: 'late', share: 10 },
    'tehran-municipality': { pace: 'fast', share: 40 },
  };
  const cycle: Pace[] = ['fast', 'steady', 'slow', 'late'];
  return agencies.map((a, i) => ({ ...a, ...(known[a.slug] ?? { pace: cycle[i % cycle.length]!, share: 10 }) }));
}

export type PlannedEvent = {
  kind: ReferralEventKind;
  from: ReferralStatus | null;
  to: ReferralStatus | null;
  at: number;
  note: string | null;
  due: ReferralDue | null;
  dueAt: number | null;
  dueToday: boolean;
};

export type PlannedReferral = {
  agencyId: string;
  status: ReferralStatus;
  version: number;
  coveringNote: string | null;
  referredAt: number;
  acknowledgeDueAt: number;
  answerDueAt: number;
  acknowledgedAt: number | null;
  respondedAt: number | null;
  acceptedAt: number | null;
  escalatedAt: number | null;
  response: string | null;
  agencyOutcome: AgencyOutcome | null;
  resolution: Resolution | null;
  updatedAt: number;
  events: PlannedEvent[];
};

export type ReferralContext = {
  /** The report's state (REFERRED … PUBLISHED) and resolution. */
  status: ReportStatus;
  resolution: Resolution | null;
  provinceId: number;
  referredAt: number;
  /** When the case closed (settled reports): every referral was accepted by then. */
  closedAt: number | null;
  now: number;
  remindBeforeDays: number;
};

const NOTES = {
  covering: 'لطفاً موضوع را بررسی و نتیجه را اعلام فرمایید.',
  question: 'نشانی دقیق محل را اعلام فرمایید.',
  clarified: 'محل در گزارش با جزئیات بیشتر آمده است؛ پیوست را ببینید.',
  answer: 'موضوع بررسی شد و اقدام لازم انجام گرفت.',
  sentBack: 'پاسخ کامل نیست: نتیجه بازدید میدانی را هم بنویسید.',
  declined: 'این موضوع در حوزه مسئولیت این دستگاه نیست.',
};

function choose<T extends string>(random: () => number, weights: Partial<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = random() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((r -= w) < 0) return k;
  return entries[entries.length - 1]![0];
}

/** How many agencies a case goes to: most one, some two or three. */
function referralCount(random: () => number): number {
  const r = random();
  return r < 0.8 ? 1 : r < 0.95 ? 2 : 3;
}

/** The state each referral ends in, so that the report's state follows them (first one decides). */
function targetStatuses(random: () => number, status: ReportStatus, n: number): ReferralStatus[] {
  const out: ReferralStatus[] = [];
  for (let i = 0; i < n; i++) {
    const first = i === 0;
    switch (status) {
      case 'REFERRED':
        out.push('PENDING');
        break;
      case 'ACKNOWLEDGED':
        out.push(
          first
            ? choose<ReferralStatus>(random, { ACKNOWLEDGED: 70, CLARIFICATION_REQUESTED: 15, SENT_BACK: 15 })
            : choose<ReferralStatus>(random, { PENDING: 30, ACKNOWLEDGED: 30, RESPONDED: 30, DECLINED_NOT_RESPONSIBLE: 10 }),
        );
        break;
      case 'RESPONDED':
        out.push(first ? 'RESPONDED' : choose<ReferralStatus>(random, { RESPONDED: 60, ACCEPTED: 30, DECLINED_NOT_RESPONSIBLE: 10 }));
        break;
      default: // CLOSED, PUBLISHED
        out.push(first ? 'ACCEPTED' : choose<ReferralStatus>(random, { ACCEPTED: 92, DECLINED_NOT_RESPONSIBLE: 8 }));
    }
  }
  return out;
}

/** Distinct agencies for one case, each drawn by share (weighted by pace while the case is still open). */
function pickAgencies(random: () => number, agencies: readonly SeedAgency[], ctx: ReferralContext, n: number): SeedAgency[] {
  const open = ctx.status === 'REFERRED' || ctx.status === 'ACKNOWLEDGED';
  const pool = agencies.filter((a) => a.provinceId === null || a.provinceId === ctx.provinceId);
  const chosen: SeedAgency[] = [];
  while (chosen.length < n && chosen.length < pool.length) {
    const left = pool.filter((a) => !chosen.includes(a));
    const weights = left.map((a) => a.share * (open ? PACES[a.pace].openWeight : 1 / PACES[a.pace].openWeight));
    let r = random() * weights.reduce((s, w) => s + w, 0);
    let i = 0;
    while (i < left.length - 1 && (r -= weights[i]!) >= 0) i++;
    chosen.push(left[i]!);
  }
  return chosen;
}

const between = (random: () => number, [lo, hi]: [number, number]) => lo + (hi - lo) * random();

/**
 * The follow-up job's steps for one due date, as it would have taken them while the agency owed it from
 * `from` until `until` (exclusive): a reminder the days before, one on the day, an escalation the day after.
 */
export function followUps(due: ReferralDue, dueAt: number, from: number, until: number, remindBeforeDays: number, status: ReferralStatus): PlannedEvent[] {
  const steps: [number, 'before' | 'today' | 'escalate'][] = [
    [dueAt - (remindBeforeDays + 1) * DAY + SWEEP_LAG, 'before'],
    [dueAt - DAY + SWEEP_LAG, 'today'],
    [dueAt + SWEEP_LAG, 'escalate'],
  ];
  const events: PlannedEvent[] = [];
  for (const [at, step] of steps) {
    if (step === 'before' && remindBeforeDays === 0) continue;
    // A sweep on a day it first sees a referral takes that day's step only (lib/workflow/referral-followup.ts).
    const at2 = Math.max(at, from + SWEEP_LAG);
    const nextBoundary = step === 'before' ? dueAt - DAY : step === 'today' ? dueAt : Infinity;
    if (at2 >= until || at2 >= nextBoundary) continue;
    events.push({
      kind: step === 'escalate' ? 'ESCALATED' : 'REMINDED',
      from: status,
      to: status,
      at: at2,
      note: null,
      due,
      dueAt,
      dueToday: step === 'today',
    });
  }
  return events;
}

/** The referrals of one referred report, each with its history, due dates and follow-up. */
export function buildReferrals(random: () => number, agencies: readonly SeedAgency[], ctx: ReferralContext): PlannedReferral[] {
  const picked = pickAgencies(random, agencies, ctx, referralCount(random));
  const targets = targetStatuses(random, ctx.status, picked.length);
  const end = ctx.closedAt ?? ctx.now;
  return picked.map((agency, i) => {
    const pace = PACES[agency.pace];
    const target = targets[i]!;
    const t0 = ctx.referredAt;
    const ackDue = tehranDayEndFast(t0, agency.acknowledgeDays);
    // The road to the target state, as days after the referral; squeezed to fit before `end` if the case is younger.
    type Move = { kind: ReferralEventKind; from: ReferralStatus; to: ReferralStatus; days: number; note: string | null };
    const moves: Move[] = [];
    let d = 0;
    const push = (kind: ReferralEventKind, from: ReferralStatus, to: ReferralStatus, days: number, note: string | null = null) => {
      d += days;
      moves.push({ kind, from, to, days: d, note });
    };
    if (target === 'DECLINED_NOT_RESPONSIBLE') push('DECLINED_NOT_RESPONSIBLE', 'PENDING', target, between(random, pace.acknowledge), NOTES.declined);
    else if (target !== 'PENDING') {
      push('ACKNOWLEDGED', 'PENDING', 'ACKNOWLEDGED', between(random, pace.acknowledge));
      const asks = target === 'CLARIFICATION_REQUESTED' || random() < pace.clarification;
      if (asks) {
        push('CLARIFICATION_REQUESTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', between(random, [0.5, 4]), NOTES.question);
        if (target !== 'CLARIFICATION_REQUESTED') push('CLARIFIED', 'CLARIFICATION_REQUESTED', 'ACKNOWLEDGED', between(random, [0.5, 5]), NOTES.clarified);
      }
      if (target !== 'ACKNOWLEDGED' && target !== 'CLARIFICATION_REQUESTED') {
        push('RESPONDED', 'ACKNOWLEDGED', 'RESPONDED', between(random, pace.answer), NOTES.answer);
        const sentBack = target === 'SENT_BACK' || random() < pace.sendBack;
        if (sentBack) {
          push('SENT_BACK', 'RESPONDED', 'SENT_BACK', between(random, [1, 6]), NOTES.sentBack);
          if (target !== 'SENT_BACK') {
            push('ACKNOWLEDGED', 'SENT_BACK', 'ACKNOWLEDGED', between(random, pace.acknowledge));
            push('RESPONDED', 'ACKNOWLEDGED', 'RESPONDED', between(random, pace.answer) / 2, NOTES.answer);
          }
        }
        if (target === 'ACCEPTED') push('ACCEPTED', 'RESPONDED', 'ACCEPTED', between(random, [0.5, 6]));
      }
    }
    const span = Math.max(end - t0, 60_000);
    const scale = d * DAY > span * 0.98 ? (span * 0.98) / (d * DAY) : 1;
    const at = (m: Move) => t0 + Math.round(m.days * DAY * scale);

    const events: PlannedEvent[] = [
      { kind: 'REFERRED', from: null, to: 'PENDING', at: t0, note: NOTES.covering, due: null, dueAt: null, dueToday: false },
      ...moves.map((m) => ({ kind: m.kind, from: m.from, to: m.to, at: at(m), note: m.note, due: null, dueAt: null, dueToday: false })),
    ];
    // Follow-up while the agency owed something: the acknowledgement until its first move, the answer from
    // then until it answered, asked or declined, and again from each send-back (a fresh answer period).
    const firstMove = moves.length ? at(moves[0]!) : ctx.now;
    events.push(...followUps('ACKNOWLEDGE', ackDue, t0, firstMove, ctx.remindBeforeDays, 'PENDING'));
    let answerDue = tehranDayEndFast(t0, agency.answerDays);
    let owedFrom: number | null = moves.length && moves[0]!.to === 'ACKNOWLEDGED' ? firstMove : null;
    for (const m of moves.slice(1)) {
      if (owedFrom !== null && (m.to === 'RESPONDED' || m.to === 'CLARIFICATION_REQUESTED')) {
        events.push(...followUps('ANSWER', answerDue, owedFrom, at(m), ctx.remindBeforeDays, 'ACKNOWLEDGED'));
        owedFrom = null;
      }
      if (m.to === 'ACKNOWLEDGED' && m.from === 'CLARIFICATION_REQUESTED') owedFrom = at(m);
      if (m.to === 'SENT_BACK') {
        answerDue = tehranDayEndFast(at(m), agency.answerDays);
        owedFrom = at(m);
      }
    }
    if (owedFrom !== null)
      events.push(...followUps('ANSWER', answerDue, owedFrom, ctx.now, ctx.remindBeforeDays, target === 'SENT_BACK' ? 'SENT_BACK' : 'ACKNOWLEDGED'));
    // One step per kind, due date and day (the unique key): a due date owed again after a question is not reminded twice.
    const seen = new Set<string>();
    const history = events
      .filter((e) => {
        if (e.due === null) return true;
        const key = `${e.kind}:${e.due}:${e.dueAt}:${e.dueToday}`;
        return !seen.has(key) && seen.add(key);
      })
      .sort((a, b) => a.at - b.at);

    const last = (kind: ReferralEventKind) => history.filter((e) => e.kind === kind).at(-1)?.at ?? null;
    const escalation = last('ESCALATED');
    // Answering or a send-back clears the escalation mark (lib/workflow/move-referral.ts).
    const cleared = history.some((e) => (e.kind === 'RESPONDED' || e.kind === 'SENT_BACK') && escalation !== null && e.at > escalation);
    const answered = target === 'RESPONDED' || target === 'ACCEPTED';
    const accepted = target === 'ACCEPTED';
    const resolution: Resolution | null = accepted
      ? i === 0 || ctx.resolution === 'RESOLVED'
        ? ctx.resolution
        : random() < 0.5
          ? 'RESOLVED'
          : 'UNRESOLVED'
      : null;
    return {
      agencyId: agency.id,
      status: target,
      version: 1 + moves.length,
      coveringNote: NOTES.covering,
      referredAt: t0,
      acknowledgeDueAt: ackDue,
      answerDueAt: answerDue,
      acknowledgedAt: history.find((e) => e.kind === 'ACKNOWLEDGED' || e.kind === 'RESPONDED' || e.kind === 'CLARIFICATION_REQUESTED')?.at ?? null,
      respondedAt: answered ? last('RESPONDED') : null,
      acceptedAt: accepted ? last('ACCEPTED') : null,
      escalatedAt: escalation !== null && !cleared ? escalation : null,
      response: answered ? NOTES.answer : null,
      agencyOutcome: answered ? (random() < 0.75 ? 'FIXED' : 'NO_FURTHER_ACTION') : null,
      resolution,
      updatedAt: history.filter((e) => e.kind !== 'REMINDED' && e.kind !== 'ESCALATED').at(-1)!.at,
      events: history,
    };
  });
}

export type PlannedRating = {
  satisfied: boolean;
  comment: string | null;
  createdAt: number;
  appealStatus: 'OPEN' | 'DISMISSED' | null;
  appealDecidedAt: number | null;
};

/**
 * The reporter's rating of a closed case: about four in ten rate it; a "not satisfied" within the window
 * is an appeal, open or (after a few days) dismissed. None is upheld: that would reopen the referral, and
 * the case would not be closed.
 */
export function buildRating(random: () => number, closedAt: number, now: number, appealDays: number): PlannedRating | null {
  if (random() >= 0.4) return null;
  const createdAt = Math.min(now, closedAt + Math.round(random() * 20 * DAY));
  const satisfied = random() < 0.7;
  const appeal = !satisfied && createdAt - closedAt <= appealDays * DAY;
  const decidedAt = createdAt + Math.round((2 + random() * 12) * DAY);
  const decided = appeal && decidedAt < now;
  return {
    satisfied,
    comment: satisfied ? null : random() < 0.5 ? 'پاسخ دستگاه مشکل را حل نکرد.' : null,
    createdAt,
    appealStatus: appeal ? (decided ? 'DISMISSED' : 'OPEN') : null,
    appealDecidedAt: decided ? decidedAt : null,
  };
}
