// A realistic AnnualFigures (issue #17) for tests of everything that draws the annual report — the PDF
// (lib/annual-report/pdf), the dashboard, the job — without a database: the 31 seeded provinces, the seeded
// categories, agencies and topics, counts from a seeded generator (deterministic), small counts withheld as the
// public rule would (null). Only tests import it.
import type { AnnualFigures, AppendixOutcome } from '@/lib/annual-report/annual-figures';
import { FIGURES_VERSION, FUNNEL_STAGES, REPORT_KINDS, type StatsFigures } from '@/lib/stats/figures';
import type { Published } from '@/lib/stats/suppress';
import { agencies, categories, provinces, topics } from '@/prisma/seed-data';

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A count as published: below 5 withheld (null). */
const published = (n: number): Published => (n < 5 ? null : n);

function yearFigures(year: number, seed: number, scale: number): StatsFigures {
  const random = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const busy = new Set([4, 6, 20]);
  const cells = provinces.map((_, i) => categories.map(() => Math.round((busy.has(i + 1) ? int(10, 60) : int(0, 12)) * scale)));
  const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const colTotals = categories.map((_, j) => cells.reduce((a, r) => a + r[j]!, 0));
  const months = Array.from({ length: 12 }, () => 0);
  for (let k = 0; k < total; k++) months[int(0, 11)]!++;
  const reviewed = Math.round(total * 0.82);
  const referred = Math.round(reviewed * 0.6);
  const answered = Math.round(referred * 0.7);
  const pct = () => Math.round(random() * 1000) / 10;
  return {
    version: FIGURES_VERSION,
    year,
    suppressed: true,
    total: published(total),
    byKind: REPORT_KINDS.map((kind, i) => ({ kind, count: published(Math.round(total * [0.7, 0.2, 0.1][i]!)) })),
    provinces: provinces.map((p, i) => {
      const count = published(rowTotals[i]!);
      return {
        id: i + 1,
        name: p.name,
        nameEn: p.nameEn,
        population: p.population,
        count,
        per100k: count === null ? null : Math.round((count / p.population) * 100_000 * 100) / 100,
      };
    }),
    categories: categories.map((c, j) => ({ id: j + 1, name: c.name, nameEn: c.nameEn, count: published(colTotals[j]!) })),
    provinceCategory: cells.map((r) => r.map(published)),
    byMonth: months.map(published),
    funnel: {
      steps: [
        { step: 'received', count: published(total) },
        { step: 'reviewed', count: published(reviewed) },
        { step: 'referred', count: published(referred) },
        { step: 'answered', count: published(answered) },
        { step: 'resolved', count: published(Math.round(answered * 0.55)) },
      ],
      stages: FUNNEL_STAGES.map((stage) => {
        const entered = Math.round(total * (stage === 'CORE_REVIEW' ? 0.3 : stage === 'PROVINCE_REVIEW' ? 0.95 : 0.75));
        const rejected = Math.round(entered * 0.08);
        return {
          stage,
          entered: published(entered),
          rejected: published(rejected),
          rejectedPercent: entered ? Math.round((rejected / entered) * 1000) / 10 : null,
        };
      }),
    },
    agencies: agencies.map((a, i) => ({
      id: `agency-${i + 1}`,
      slug: a.slug,
      name: a.name,
      nameEn: a.nameEn,
      referrals: published(Math.round((referred / agencies.length) * (0.5 + random()))),
      acknowledgedWithinDuePercent: pct(),
      answeredWithinDuePercent: pct(),
      medianDaysToAcknowledge: Math.round(random() * 80) / 10,
      medianDaysToAnswer: Math.round(random() * 300) / 10,
      sentBackPercent: pct(),
      satisfiedPercent: i === agencies.length - 1 ? null : pct(),
    })),
    referralsTotal: published(Math.round(referred * 1.15)),
  };
}

const SUMMARIES = [
  'پس از پیگیری گزارش، ساخت‌وساز غیرمجاز در حریم رودخانه متوقف و پرونده به دادسرا ارسال شد.',
  'انبار کالای احتکارشده شناسایی و کالاها با نرخ مصوب در بازار توزیع شد.',
  'آلودگی منبع آب روستا بررسی و لوله‌کشی جدید تا پایان فصل انجام شد.',
  'روشنایی معابر کم‌نور محله تأمین شد و گشت‌های شبانه افزایش یافت.',
];

function outcome(i: number, year: number): AppendixOutcome {
  const p = provinces[i % provinces.length]!;
  const c = categories[i % categories.length]!;
  const a = agencies[i % agencies.length]!;
  const month = 12 - (i % 12);
  return {
    id: `outcome-${i + 1}`,
    category: c.name,
    province: p.name,
    agencies: [a.name],
    publishedOn: `${year}/${String(month).padStart(2, '0')}/${String(1 + (i % 28)).padStart(2, '0')}`,
    resolution: i % 3 === 2 ? 'UNRESOLVED' : i % 5 === 4 ? null : 'RESOLVED',
    summary: SUMMARIES[i % SUMMARIES.length]!,
    answerSummary: 'دستگاه پاسخ داد که موضوع بررسی و اقدام لازم انجام شده است.',
  };
}

/**
 * A national report's figures for Jalali year 1404 (and 1403 as the year before), with `outcomesShown` outcomes
 * in the appendix (default 12) out of `outcomesTotal` (default 40). `overrides` replace top-level fields.
 */
export function sampleAnnualFigures(overrides: Partial<AnnualFigures> & { outcomesShown?: number } = {}): AnnualFigures {
  const { outcomesShown = 12, ...rest } = overrides;
  const year = rest.year ?? 1404;
  const current = yearFigures(year, 17, 1);
  const random = prng(99);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const volunteerRows = provinces.map((p, i) => ({
    id: i + 1,
    name: p.name,
    nameEn: p.nameEn,
    applications: published(int(0, 90)),
    approved: published(int(0, 40)),
    rejected: published(int(0, 12)),
    correctionRequested: published(int(0, 15)),
    cores: published(int(0, 9)),
    activeMembers: published(int(0, 120)),
  }));
  const sum = (key: keyof Omit<(typeof volunteerRows)[number], 'id' | 'name' | 'nameEn'>) => published(volunteerRows.reduce((a, r) => a + (r[key] ?? 0), 0));
  return {
    year,
    scope: { kind: 'national' },
    scopeLabel: { fa: 'کل کشور', en: 'Nationwide' },
    suppressed: true,
    countedAt: '2026-03-25T08:30:00.000Z',
    current,
    previous: yearFigures(year - 1, 5, 0.8),
    reviewStages: FUNNEL_STAGES.map((stage, i) => ({
      stage,
      visits: published(int(200, 900)),
      medianDays: 1.5 + i * 2.2,
      p90Days: 6.5 + i * 4.1,
      overduePercent: 12.4 + i * 3,
      escalatedPercent: i === 0 ? null : 4.8 + i,
    })),
    endings: FUNNEL_STAGES.map((stage) => ({ stage, rejected: published(int(20, 90)), duplicate: published(int(0, 30)), withdrawn: published(int(0, 12)) })),
    appeals: agencies.slice(0, 3).map((a, i) => ({
      agencyId: `agency-${i + 1}`,
      name: a.name,
      nameEn: a.nameEn,
      appeals: published(int(3, 30)),
      upheld: published(int(0, 10)),
      dismissed: published(int(0, 15)),
    })),
    volunteers: {
      provinces: volunteerRows,
      totals: {
        applications: sum('applications'),
        approved: sum('approved'),
        rejected: sum('rejected'),
        correctionRequested: sum('correctionRequested'),
        cores: sum('cores'),
        activeMembers: sum('activeMembers'),
      },
      trainingCompletionPercent: 62.5,
    },
    topics: topics
      .map((t, i) => ({ id: i + 1, title: t.title, titleEn: t.titleEn, reports: published(int(2, 140)) }))
      .sort((a, b) => (b.reports ?? 0) - (a.reports ?? 0)),
    omitted: [],
    outcomes: Array.from({ length: outcomesShown }, (_, i) => outcome(i, year)),
    outcomesTotal: Math.max(40, outcomesShown),
    ...rest,
  };
}

/**
 * The figures of a year with no report in scope, no outcomes, no year before: exact (the staff's copy: every count
 * 0), or `suppressed` as the public rule makes them (every count withheld, the months that cannot hold reports —
 * here the last three — published as 0).
 */
export function emptyAnnualFigures(year = 1404, { suppressed = false }: { suppressed?: boolean } = {}): AnnualFigures {
  const base = sampleAnnualFigures({ year, outcomesShown: 0 });
  const zero = yearFigures(year, 1, 0);
  const current: AnnualFigures['current'] = suppressed
    ? { ...zero, total: null, referralsTotal: null, byMonth: zero.byMonth.map((_, i) => (i >= 9 ? 0 : null)) }
    : {
        ...zero,
        suppressed: false,
        total: 0,
        referralsTotal: 0,
        byKind: zero.byKind.map((k) => ({ ...k, count: 0 })),
        provinces: zero.provinces.map((p) => ({ ...p, count: 0, per100k: 0 })),
        byMonth: zero.byMonth.map(() => 0),
      };
  return {
    ...base,
    suppressed,
    omitted: suppressed ? ['endings'] : [],
    current,
    previous: null,
    reviewStages: [],
    endings: [],
    appeals: [],
    volunteers: {
      ...base.volunteers,
      provinces: [],
      totals: { applications: 0, approved: 0, rejected: 0, correctionRequested: 0, cores: 0, activeMembers: 0 },
      trainingCompletionPercent: null,
    },
    topics: [],
    outcomes: [],
    outcomesTotal: 0,
  };
}
