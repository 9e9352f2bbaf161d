// Test data for the statistics (issue #16): a whole Jalali year of reports written straight into the tables, with
// many small cells (most province × category counts below 5, a few large), every fate in the review chain, and
// referrals acknowledged and answered early or late, sent back, withdrawn, and rated. Deterministic (seeded).
// Only tests import it.
import { randomUUID } from 'node:crypto';
import { toGregorian } from 'jalaali-js';
import type { Db } from '@/lib/db/client';
import type { Decision, ReportKind, ReportStatus } from '@/lib/generated/prisma/enums';

/** An instant given as Tehran wall-clock time at the fixed +03:30 (the fixture keeps clear of daylight-saving hours). */
export function tehranAt(jy: number, jm: number, jd: number, hh = 12, mm = 0): Date {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, hh, mm) - 210 * 60_000);
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DAY = 86_400_000;

/**
 * Writes about 700 reports submitted in `year` and returns how many. Agencies: the seeded ones (every referral goes
 * to one or two of them). Reports sit at midday Tehran time, days 2–28, so no boundary question arises for them.
 */
export async function seedStatsYear(db: Db, { year, seed = 1 }: { year: number; seed?: number }): Promise<{ reports: number }> {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const categories = (await db.category.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
  const agencies = (await db.agency.findMany({ select: { id: true }, orderBy: { slug: 'asc' } })).map((a) => a.id);
  const kinds: ReportKind[] = ['REPORT', 'REPORT', 'REPORT', 'OPINION', 'SUGGESTION'];

  const reports: {
    id: string;
    kind: ReportKind;
    categoryId: number;
    provinceId: number;
    status: ReportStatus;
    description: string;
    submittedAt: Date;
    resolution: 'RESOLVED' | 'UNRESOLVED' | null;
  }[] = [];
  const approvals: { reportId: string; decision: Decision; fromStatus: ReportStatus | null; toStatus: ReportStatus; createdAt: Date }[] = [];
  const referrals: {
    id: string;
    reportId: string;
    agencyId: string;
    status: 'PENDING' | 'ACKNOWLEDGED' | 'RESPONDED' | 'SENT_BACK' | 'ACCEPTED' | 'WITHDRAWN';
    referredAt: Date;
    acknowledgeDueAt: Date;
    answerDueAt: Date;
    acknowledgedAt: Date | null;
    respondedAt: Date | null;
  }[] = [];
  const events: { referralId: string; agencyId: string; kind: 'SENT_BACK'; createdAt: Date }[] = [];
  const ratings: { reportId: string; satisfied: boolean }[] = [];

  for (let provinceId = 1; provinceId <= 31; provinceId++) {
    // A few busy provinces, most with a handful of reports per category (the small cells).
    const busy = provinceId === 4 || provinceId === 6 || provinceId === 20;
    for (const categoryId of categories) {
      const count = busy ? 8 + Math.floor(random() * 20) : Math.floor(random() * 6);
      for (let k = 0; k < count; k++) {
        const id = randomUUID();
        const submittedAt = tehranAt(year, 1 + Math.floor(random() * 12), 2 + Math.floor(random() * 27));
        const at = (days: number) => new Date(submittedAt.getTime() + days * DAY);
        const first: ReportStatus = random() < 0.3 ? 'CORE_REVIEW' : 'PROVINCE_REVIEW';
        approvals.push({ reportId: id, decision: 'SUBMIT', fromStatus: null, toStatus: first, createdAt: submittedAt });
        let status: ReportStatus = first;
        let resolution: 'RESOLVED' | 'UNRESOLVED' | null = null;
        const chain: ReportStatus[] = first === 'CORE_REVIEW' ? ['CORE_REVIEW', 'PROVINCE_REVIEW', 'NATIONAL_REVIEW'] : ['PROVINCE_REVIEW', 'NATIONAL_REVIEW'];
        const fate = random();
        let step = 1;
        for (const stage of chain) {
          if (fate < 0.12 && stage === chain[0]) {
            approvals.push({ reportId: id, decision: 'REJECT', fromStatus: stage, toStatus: 'REJECTED', createdAt: at(step++) });
            status = 'REJECTED';
            break;
          }
          if (fate >= 0.12 && fate < 0.2 && stage === 'NATIONAL_REVIEW') {
            approvals.push({ reportId: id, decision: 'REJECT', fromStatus: stage, toStatus: 'REJECTED', createdAt: at(step++) });
            status = 'REJECTED';
            break;
          }
          if (fate >= 0.2 && fate < 0.3) break; // still under review at its first stage
          const next: ReportStatus = stage === 'CORE_REVIEW' ? 'PROVINCE_REVIEW' : stage === 'PROVINCE_REVIEW' ? 'NATIONAL_REVIEW' : 'APPROVED';
          approvals.push({ reportId: id, decision: 'APPROVE', fromStatus: stage, toStatus: next, createdAt: at(step++) });
          status = next;
        }
        if (status === 'APPROVED' && fate >= 0.35) {
          status = 'REFERRED';
          const chosen = random() < 0.2 ? [pick(agencies), pick(agencies)] : [pick(agencies)];
          for (const agencyId of new Set(chosen)) {
            const referralId = randomUUID();
            const referredAt = at(step + 1);
            const ackAfter = random() < 0.15 ? null : random() * 12;
            const answerAfter = ackAfter === null || random() < 0.2 ? null : ackAfter + random() * 40;
            const withdrawn = random() < 0.05;
            const sentBack = answerAfter !== null && random() < 0.2;
            referrals.push({
              id: referralId,
              reportId: id,
              agencyId,
              status: withdrawn ? 'WITHDRAWN' : answerAfter !== null ? (sentBack ? 'SENT_BACK' : 'ACCEPTED') : ackAfter !== null ? 'ACKNOWLEDGED' : 'PENDING',
              referredAt,
              acknowledgeDueAt: new Date(referredAt.getTime() + 7 * DAY),
              answerDueAt: new Date(referredAt.getTime() + 30 * DAY),
              acknowledgedAt: ackAfter === null ? null : new Date(referredAt.getTime() + ackAfter * DAY),
              respondedAt: answerAfter === null ? null : new Date(referredAt.getTime() + answerAfter * DAY),
            });
            if (sentBack && random() < 0.5)
              events.push({ referralId, agencyId, kind: 'SENT_BACK', createdAt: new Date(referredAt.getTime() + (answerAfter! + 1) * DAY) });
          }
          if (random() < 0.5) {
            status = 'CLOSED';
            resolution = random() < 0.6 ? 'RESOLVED' : 'UNRESOLVED';
            if (random() < 0.7) ratings.push({ reportId: id, satisfied: random() < 0.6 });
          }
        }
        reports.push({ id, kind: pick(kinds), categoryId, provinceId, status, description: 'گزارش آزمونی آمار سالانه', submittedAt, resolution });
      }
    }
  }
  await db.report.createMany({ data: reports });
  await db.approval.createMany({ data: approvals });
  await db.referral.createMany({ data: referrals });
  await db.referralEvent.createMany({ data: events });
  await db.reportRating.createMany({ data: ratings });
  return { reports: reports.length };
}

/** Seeds the year once per test database (the integration files share one): only when it has no report yet. */
export async function ensureStatsYear(db: Db, { year, seed }: { year: number; seed: number }): Promise<void> {
  const from = tehranAt(year, 1, 1, 0, 0);
  const to = tehranAt(year + 1, 1, 1, 0, 0);
  if ((await db.report.count({ where: { submittedAt: { gte: from, lt: to } } })) === 0) await seedStatsYear(db, { year, seed });
}
