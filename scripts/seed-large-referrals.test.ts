import { describe, expect, it } from 'vitest';
import type { ReportStatus } from '@/lib/generated/prisma/enums';
import { tehranDayEnd } from '@/lib/i18n/format';
import { reportStateFromReferrals } from '@/lib/workflow/follow-referrals';
import { followUpStep } from '@/lib/workflow/referral-followup';
import { referralTransitions } from '@/lib/workflow/referral-transitions';
import { agencyPlan, buildRating, buildReferrals, tehranDayEndFast, type PlannedReferral } from './seed-large/referrals';
import { rng } from './seed-large/random';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 9, 0);
const days = { acknowledgeDays: 7, answerDays: 30 };
const agencies = agencyPlan([
  { id: 'police', slug: 'police', provinceId: null, ...days },
  { id: 'inspection', slug: 'inspection', provinceId: null, ...days },
  { id: 'health', slug: 'health-ministry', provinceId: null, ...days },
  { id: 'environment', slug: 'environment', provinceId: null, ...days },
  { id: 'tehran', slug: 'tehran-municipality', provinceId: 4, ...days },
]);
const REFERRED_STATES: ReportStatus[] = ['REFERRED', 'ACKNOWLEDGED', 'RESPONDED', 'CLOSED', 'PUBLISHED'];

function sample(random: () => number, status: ReportStatus) {
  const referredAt = NOW - Math.floor(random() * 300 * DAY);
  const settled = status === 'CLOSED' || status === 'PUBLISHED';
  const closedAt = settled ? referredAt + Math.floor(random() * (NOW - referredAt)) : null;
  const resolution = settled ? (random() < 0.7 ? ('RESOLVED' as const) : ('UNRESOLVED' as const)) : null;
  const ctx = { status, resolution, provinceId: random() < 0.3 ? 4 : 9, referredAt, closedAt, now: NOW, remindBeforeDays: 2 };
  return { ctx, referrals: buildReferrals(random, agencies, ctx) };
}

const isMove = (k: string) => k !== 'REFERRED' && k !== 'REMINDED' && k !== 'ESCALATED';

describe('the large seed: referrals with their history', () => {
  it('computes due dates as lib/i18n/format does', () => {
    const random = rng(1);
    for (let i = 0; i < 200; i++) {
      const t = Date.UTC(2025, 2, 20) + Math.floor(random() * 650 * DAY);
      expect(tehranDayEndFast(t, 7)).toBe(tehranDayEnd(new Date(t), 7).getTime());
      expect(tehranDayEndFast(t, 0)).toBe(tehranDayEnd(new Date(t), 0).getTime());
    }
  });

  it('keeps every report in the state its referrals give it, each referral on its transition table, in time', () => {
    const random = rng(2);
    for (const status of REFERRED_STATES) {
      for (let n = 0; n < 200; n++) {
        const { ctx, referrals } = sample(random, status);
        expect(new Set(referrals.map((r) => r.agencyId)).size).toBe(referrals.length);
        const followed = reportStateFromReferrals(referrals);
        expect(followed.status).toBe(status === 'PUBLISHED' ? 'CLOSED' : status);
        if (followed.status === 'CLOSED') expect(followed.resolution).toBe(ctx.resolution);
        for (const r of referrals) checkReferral(r, ctx.closedAt ?? NOW);
        // Only the Tehran reports reach the Tehran municipality.
        if (ctx.provinceId !== 4) expect(referrals.map((r) => r.agencyId)).not.toContain('tehran');
      }
    }
  });

  it('reminds and escalates as the follow-up job does, once per step and due date', () => {
    const random = rng(3);
    let escalations = 0;
    for (let n = 0; n < 500; n++) {
      const { referrals } = sample(random, REFERRED_STATES[n % 5]!);
      for (const r of referrals) {
        const followUps = r.events.filter((e) => e.due !== null);
        expect(new Set(followUps.map((e) => `${e.kind}:${e.due}:${e.dueAt}:${e.dueToday}`)).size).toBe(followUps.length);
        for (const e of followUps) {
          const step = followUpStep(new Date(e.dueAt!), new Date(e.at), { remindBeforeDays: 2 });
          expect(step).toBe(e.kind === 'ESCALATED' ? 'escalate' : e.dueToday ? 'remindDueDay' : 'remindBefore');
          if (e.kind === 'ESCALATED') escalations++;
        }
        // A referral still owing a past due date has been escalated for it and carries the mark.
        const owed = r.status === 'PENDING' ? r.acknowledgeDueAt : r.status === 'ACKNOWLEDGED' || r.status === 'SENT_BACK' ? r.answerDueAt : null;
        if (owed !== null && owed + 5 * 60_000 < NOW) {
          expect(followUps.some((e) => e.kind === 'ESCALATED' && e.dueAt === owed)).toBe(true);
          expect(r.escalatedAt).not.toBeNull();
        }
      }
    }
    expect(escalations).toBeGreaterThan(50);
  });

  it('leaves slow and late agencies more open referrals than fast ones', () => {
    const random = rng(4);
    const open = new Map<string, number>();
    const all = new Map<string, number>();
    for (let n = 0; n < 4000; n++) {
      const { referrals } = sample(random, REFERRED_STATES[n % 5]!);
      for (const r of referrals) {
        all.set(r.agencyId, (all.get(r.agencyId) ?? 0) + 1);
        if (r.status === 'PENDING' || r.status === 'ACKNOWLEDGED' || r.status === 'SENT_BACK') open.set(r.agencyId, (open.get(r.agencyId) ?? 0) + 1);
      }
    }
    const share = (id: string) => (open.get(id) ?? 0) / all.get(id)!;
    expect(share('inspection')).toBeGreaterThan(share('police'));
    expect(share('police')).toBeGreaterThan(share('tehran'));
  });

  it('rates about four in ten closed cases; "not satisfied" in time is an appeal', () => {
    const random = rng(5);
    const ratings = Array.from({ length: 2000 }, () => buildRating(random, NOW - 60 * DAY, NOW, 30)).filter((r) => r !== null);
    expect(ratings.length).toBeGreaterThan(650);
    expect(ratings.length).toBeLessThan(950);
    for (const r of ratings) {
      expect(r.createdAt).toBeLessThanOrEqual(NOW);
      if (r.satisfied) expect(r.appealStatus).toBeNull();
      if (r.appealStatus === 'DISMISSED') expect(r.appealDecidedAt).toBeLessThan(NOW);
    }
    expect(ratings.some((r) => r.appealStatus === 'OPEN' || r.appealStatus === 'DISMISSED')).toBe(true);
  });
});

function checkReferral(r: PlannedReferral, end: number) {
  const moves = r.events.filter((e) => isMove(e.kind));
  expect(r.events[0]).toMatchObject({ kind: 'REFERRED', to: 'PENDING', at: r.referredAt });
  let state = 'PENDING';
  let last = r.referredAt;
  for (const e of r.events) {
    expect(e.at).toBeGreaterThanOrEqual(last);
    last = e.at;
    expect(e.at).toBeLessThanOrEqual(NOW);
    if (!isMove(e.kind)) continue;
    expect(e.from).toBe(state);
    expect(referralTransitions.some((t) => t.from === e.from && t.to === e.to && t.event === e.kind)).toBe(true);
    state = e.to!;
  }
  expect(state).toBe(r.status);
  expect(r.version).toBe(1 + moves.length);
  if (r.acceptedAt !== null) expect(r.acceptedAt).toBeLessThanOrEqual(end);
  if (r.status === 'RESPONDED' || r.status === 'ACCEPTED') expect(r.respondedAt).not.toBeNull();
  expect(r.acknowledgeDueAt).toBeGreaterThan(r.referredAt);
  expect(r.answerDueAt).toBeGreaterThan(r.acknowledgeDueAt);
}
