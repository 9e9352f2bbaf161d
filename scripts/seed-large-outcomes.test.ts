// The large seed's published outcomes (issue #16): how many settled cases are published, that the
// publication comes after every accepted answer, and the public texts staff would write.
import { describe, expect, it } from 'vitest';
import type { ReportStatus } from '@/lib/generated/prisma/enums';
import { buildHistory, pickStatus } from './seed-large/history';
import { agencyPlan, buildRating, buildReferrals } from './seed-large/referrals';
import { summarizeAnswer, summarizeOutcome } from './seed-large/text';
import { rng } from './seed-large/random';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 9, 0);
const days = { acknowledgeDays: 7, answerDays: 30 };
const agencies = agencyPlan([
  { id: 'police', slug: 'police', provinceId: null, ...days },
  { id: 'health', slug: 'health-ministry', provinceId: null, ...days },
  { id: 'environment', slug: 'environment', provinceId: null, ...days },
]);

describe('the large seed: published outcomes', () => {
  it('publishes about one settled case in three among old reports', () => {
    const random = rng(11);
    const counts = new Map<ReportStatus, number>();
    for (let i = 0; i < 20_000; i++) {
      const s = pickStatus(random, 200, i % 3 === 0);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    const published = counts.get('PUBLISHED') ?? 0;
    const share = published / (published + (counts.get('CLOSED') ?? 0));
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.39);
    // Reports younger than 60 days are never published yet.
    for (let i = 0; i < 2000; i++) expect(pickStatus(random, 59, true)).not.toBe('PUBLISHED');
  });

  it('publishes after closing, and closes after every referral was answered and accepted', () => {
    const random = rng(12);
    for (let n = 0; n < 500; n++) {
      const submittedAt = NOW - Math.floor((60 + random() * 500) * DAY);
      const steps = buildHistory(random, { status: 'PUBLISHED', hasCore: n % 2 === 0, submittedAt, now: NOW });
      const close = steps.find((s) => s.decision === 'CLOSE')!;
      const publish = steps.at(-1)!;
      expect(publish).toMatchObject({ decision: 'PUBLISH', from: 'CLOSED', to: 'PUBLISHED' });
      expect(publish.at).toBeGreaterThanOrEqual(close.at);
      expect(publish.at).toBeLessThanOrEqual(NOW);
      const referredAt = steps.find((s) => s.decision === 'REFER')!.at;
      const referrals = buildReferrals(random, agencies, {
        status: 'PUBLISHED',
        resolution: 'RESOLVED',
        provinceId: 9,
        referredAt,
        closedAt: close.at,
        now: NOW,
        remindBeforeDays: 2,
      });
      expect(referrals[0]!.status).toBe('ACCEPTED');
      for (const r of referrals.filter((x) => x.status === 'ACCEPTED')) {
        expect(r.respondedAt).not.toBeNull();
        expect(r.respondedAt!).toBeLessThanOrEqual(r.acceptedAt!);
        expect(r.acceptedAt!).toBeLessThanOrEqual(close.at);
        expect(r.acceptedAt!).toBeLessThanOrEqual(publish.at);
      }
      const rating = buildRating(random, close.at, NOW, 30);
      if (rating) expect(rating.createdAt).toBeGreaterThanOrEqual(close.at);
    }
  });

  it('writes varied Persian summaries in general terms: no street, plate or digit, and the result agreeing with the resolution', () => {
    const random = rng(13);
    const summaries = new Set<string>();
    const answers = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const resolved = i % 3 !== 0;
      const summary = summarizeOutcome(random, resolved ? 'RESOLVED' : 'UNRESOLVED');
      const answer = summarizeAnswer(random, resolved);
      summaries.add(summary);
      answers.add(answer);
      for (const text of [summary, answer]) {
        expect(text).toMatch(/^[\u0600-\u06FF\u200C\s،:.]+$/);
        expect(text).not.toMatch(/پلاک|[0-9۰-۹]/);
      }
      if (!resolved) expect(summary).toMatch(/نشده|موکول|کافی ندانست|در جریان/);
    }
    expect(summaries.size).toBeGreaterThan(1900);
    expect(answers.size).toBeGreaterThan(300);
  });
});
