import { describe, expect, it } from 'vitest';
import type { RawVolunteerProvince } from './compute-volunteers';
import { projectAnnualExtras, type RawAnnualExtras } from './project-annual-figures';
import { recoverableBySubtraction } from './suppress';

const province = (id: number, v: Partial<RawVolunteerProvince>): RawVolunteerProvince => ({
  id,
  name: `استان ${id}`,
  nameEn: `Province ${id}`,
  applications: 0,
  approved: 0,
  rejected: 0,
  correctionRequested: 0,
  cores: 0,
  activeMembers: 0,
  ...v,
});

function stageOf(
  stage: RawAnnualExtras['stages'][number]['stage'],
  visits: number,
  finished: number,
  median: number | null,
  p90: number | null,
  overdue: number,
  escalated: number,
): RawAnnualExtras['stages'][number] {
  return {
    stage,
    visits,
    medianDays: { value: median, n: finished },
    p90Days: { value: p90, n: finished },
    overdue: { num: overdue, den: visits },
    escalated: { num: escalated, den: visits },
  };
}

const raw: RawAnnualExtras = {
  stages: [
    // stage, visits, finished visits with their median and 90th percentile, overdue, escalated
    stageOf('CORE_REVIEW', 40, 30, 2.5, 9.1, 12, 3),
    stageOf('PROVINCE_REVIEW', 4, 4, 1, 2, 0, 0),
    stageOf('NATIONAL_REVIEW', 0, 0, null, null, 0, 0),
  ],
  endings: [
    { stage: 'CORE_REVIEW', rejected: 7, duplicate: 2, withdrawn: 0 },
    { stage: 'PROVINCE_REVIEW', rejected: 5, duplicate: 0, withdrawn: 1 },
    { stage: 'NATIONAL_REVIEW', rejected: 0, duplicate: 0, withdrawn: 0 },
  ],
  agencies: [
    { id: 'a', name: 'الف', nameEn: 'A' },
    { id: 'b', name: 'ب', nameEn: 'B' },
    { id: 'c', name: 'پ', nameEn: 'C' },
  ],
  appeals: [
    { agencyId: 'a', appeals: 12, upheld: 6, dismissed: 5 },
    { agencyId: 'b', appeals: 3, upheld: 1, dismissed: 2 },
  ],
  volunteers: [
    province(1, { applications: 20, approved: 9, rejected: 6, correctionRequested: 3, cores: 4, activeMembers: 50 }),
    province(2, { applications: 12, approved: 1, rejected: 7, cores: 8, activeMembers: 30 }),
    province(3, { applications: 9, approved: 8, cores: 6, activeMembers: 2 }),
  ],
  certified: [
    { provinceId: 1, approved: 40, certified: 9 },
    { provinceId: 2, approved: 3, certified: 1 },
  ],
  topics: [
    { id: 1, title: 'آب', titleEn: 'Water', reports: 30 },
    { id: 2, title: 'هوا', titleEn: 'Air', reports: 5 },
    { id: 3, title: 'راه', titleEn: 'Roads', reports: 4 },
  ],
};

describe('projectAnnualExtras', () => {
  it('gives staff every count, share and duration exactly', () => {
    const x = projectAnnualExtras(raw, { suppressed: false });
    expect(x.reviewStages[0]).toEqual({ stage: 'CORE_REVIEW', visits: 40, medianDays: 2.5, p90Days: 9.1, overduePercent: 30, escalatedPercent: 7.5 });
    expect(x.reviewStages[1]).toMatchObject({ visits: 4, medianDays: 1, overduePercent: 0 });
    // No visit: no share, no duration.
    expect(x.reviewStages[2]).toMatchObject({ visits: 0, medianDays: null, p90Days: null, overduePercent: null, escalatedPercent: null });
    expect(x.endings[0]).toEqual({ stage: 'CORE_REVIEW', rejected: 7, duplicate: 2, withdrawn: 0 });
    expect(x.appeals).toEqual([
      { agencyId: 'a', name: 'الف', nameEn: 'A', appeals: 12, upheld: 6, dismissed: 5 },
      { agencyId: 'b', name: 'ب', nameEn: 'B', appeals: 3, upheld: 1, dismissed: 2 },
      { agencyId: 'c', name: 'پ', nameEn: 'C', appeals: 0, upheld: 0, dismissed: 0 },
    ]);
    expect(x.volunteers.totals).toEqual({ applications: 41, approved: 18, rejected: 13, correctionRequested: 3, cores: 18, activeMembers: 82 });
    expect(x.volunteers.provinces[1]).toMatchObject({ id: 2, approved: 1, rejected: 7 });
    // 10 of 43 approved members hold a valid basic certificate at the year's end.
    expect(x.volunteers.trainingCompletionPercent).toBe(23.3);
    expect(x.topics.map((t) => t.reports)).toEqual([30, 5, 4]);
  });

  it('withholds with the public rule: counts below 5, shares with a side below 5, durations of under 5 cases', () => {
    const x = projectAnnualExtras(raw, { suppressed: true });
    // 3 of 40 escalated: the share would give the 3 away.
    expect(x.reviewStages[0]).toEqual({ stage: 'CORE_REVIEW', visits: 40, medianDays: 2.5, p90Days: 9.1, overduePercent: 30, escalatedPercent: null });
    // A 90th percentile of 5–9 cases is the longest case or next to it: one reporter's case. Shown over 10.
    const few = projectAnnualExtras(
      { ...raw, stages: [{ ...raw.stages[0]!, medianDays: { value: 2, n: 7 }, p90Days: { value: 31.5, n: 7 } }] },
      { suppressed: true },
    );
    expect(few.reviewStages[0]).toMatchObject({ medianDays: 2, p90Days: null });
    expect(
      projectAnnualExtras({ ...raw, stages: [{ ...raw.stages[0]!, p90Days: { value: 31.5, n: 7 } }] }, { suppressed: false }).reviewStages[0]!.p90Days,
    ).toBe(31.5);
    expect(x.reviewStages[1]).toEqual({
      stage: 'PROVINCE_REVIEW',
      visits: null,
      medianDays: null,
      p90Days: null,
      overduePercent: null,
      escalatedPercent: null,
    });
    // Review H2: withheld cell by cell, a closed year's funnel (received − reviewed, reviewed − referred) gave
    // duplicates and withdrawals back; the suppressed copies leave the table out and say so.
    expect(x.endings).toEqual([]);
    expect(x.omitted).toEqual(['endings']);
    // Agency a: 1 appeal still open, which appeals − upheld − dismissed would give away: the dismissed are withheld too
    // (1 open + 5 dismissed = 6, so what is withheld is never a small number either.)
    expect(x.appeals[0]).toEqual({ agencyId: 'a', name: 'الف', nameEn: 'A', appeals: 12, upheld: 6, dismissed: null });
    expect(x.appeals[1]).toMatchObject({ appeals: null, upheld: null, dismissed: null });
    expect(x.appeals[2]).toMatchObject({ appeals: null, upheld: null, dismissed: null });
  });

  it('publishes each volunteer measure as a list with its total that no subtraction opens', () => {
    const x = projectAnnualExtras(raw, { suppressed: true });
    for (const m of ['applications', 'approved', 'rejected', 'correctionRequested', 'cores', 'activeMembers'] as const) {
      const values = x.volunteers.provinces.map((p) => p[m]);
      for (const v of values) expect(v === null || v >= 5).toBe(true);
      const table = { cells: [values], rowTotals: [x.volunteers.totals[m]], colTotals: values, total: x.volunteers.totals[m] };
      expect(recoverableBySubtraction(table)).toEqual([]);
    }
    // approved: 9, 1, 8 → the 1 is withheld, and so is the next smallest (8), else 18 − 9 − 8 gives it.
    expect(x.volunteers.provinces.map((p) => p.approved)).toEqual([9, null, null]);
    expect(x.volunteers.totals.approved).toBe(18);
    expect(x.volunteers.totals.correctionRequested).toBeNull();
  });

  it('lists only the topics with 5 reports or more when suppressed (a withheld one would tell it had some)', () => {
    expect(projectAnnualExtras(raw, { suppressed: true }).topics.map((t) => [t.id, t.reports])).toEqual([
      [1, 30],
      [2, 5],
    ]);
  });

  it('publishes training completion under the share rule: both the certified and the rest 5 or more', () => {
    expect(projectAnnualExtras(raw, { suppressed: true }).volunteers.trainingCompletionPercent).toBe(23.3);
    const share = (certified: { approved: number; certified: number }[], suppressed: boolean) =>
      projectAnnualExtras({ ...raw, certified: certified.map((c, i) => ({ provinceId: i + 1, ...c })) }, { suppressed }).volunteers.trainingCompletionPercent;
    // 4 certified: the share × the approved would give the 4 away.
    expect(share([{ approved: 40, certified: 4 }], true)).toBeNull();
    expect(share([{ approved: 40, certified: 4 }], false)).toBe(10);
    // 3 without one: (1 − share) × the approved gives them away; 100 % never shows in a suppressed copy.
    expect(share([{ approved: 20, certified: 17 }], true)).toBeNull();
    expect(share([{ approved: 20, certified: 20 }], false)).toBe(100);
    expect(share([{ approved: 20, certified: 15 }], true)).toBe(75);
    // No approved member: no share, not 0 %.
    expect(share([], false)).toBeNull();
    expect(share([{ approved: 0, certified: 0 }], false)).toBeNull();
  });

  it("a province's linked copy keeps its own training share (its counts, not the country's)", () => {
    const x = projectAnnualExtras(
      {
        ...raw,
        certified: [{ provinceId: 1, approved: 40, certified: 9 }],
        linked: { provinceId: 1, visits: { CORE_REVIEW: 40, PROVINCE_REVIEW: null, NATIONAL_REVIEW: null }, topics: new Map() },
      },
      { suppressed: true },
    );
    expect(x.volunteers.provinces.map((p) => p.id)).toEqual([1]);
    expect(x.volunteers.trainingCompletionPercent).toBe(22.5);
  });

  it("leaves an agency's scope without volunteers: an empty list and null totals", () => {
    for (const suppressed of [true, false]) {
      const v = projectAnnualExtras({ ...raw, volunteers: null, certified: null }, { suppressed }).volunteers;
      expect(v.trainingCompletionPercent).toBeNull();
      expect(v.provinces).toEqual([]);
      expect(Object.values(v.totals).every((t) => t === null)).toBe(true);
    }
  });

  it('a linked (province) copy prints visits from the linked pass and no share of them (their numerators add up nationally)', () => {
    const x = projectAnnualExtras(
      {
        ...raw,
        volunteers: null,
        linked: { provinceId: 4, visits: { CORE_REVIEW: 40, PROVINCE_REVIEW: null, NATIONAL_REVIEW: null }, topics: new Map() },
      },
      { suppressed: true },
    );
    expect(x.reviewStages[0]).toMatchObject({ visits: 40, medianDays: 2.5, overduePercent: null, escalatedPercent: null });
    expect(x.omitted).toEqual(['endings', 'appeals']);
  });
});
