// From counts to what the annual report's reader sees (issue #17): the figures the annual report adds to the
// statistics (review stages, endings, appeals, volunteers, topics). Pure, so the rule is tested without a database.
//
// One rule with the public statistics (project-figures.ts states it; its helpers are reused, not copied). When
// `suppressed`:
// - A count standing alone (visits of a stage, a topic's reports) is withheld below 5 (`countOf`); a province's
//   copy takes its visits and topics from the linked pass instead (link-scoped-figures.ts).
// - Endings (duplicates, withdrawals) are left out of every suppressed copy, and a province's appeals out of its
//   copy (`omitted`; docs/architecture.md "Annual report: figures" says why).
// - A list published with its total goes through suppressList, so no withheld part is the total minus the rest:
//   an agency's appeals are a total of upheld + dismissed + still open (open is not shown, yet appeals − upheld −
//   dismissed would give it), and each volunteer measure is a list of provinces with its national total. The
//   measures are not parts of one whole (a row of the volunteer table adds up to nothing), so each column is its
//   own list rather than one province × measure table with row totals nobody publishes.
// - Shares only when both sides are 5 or more, medians only over 5 cases or more, 90th percentiles over 10 (p90Of).
// - Training completion (issue #18: approved members holding a valid basic certificate at the year's end) is one
//   share of the scope's own counts (compute-training.ts countCertifiedMembers): published under the share rule,
//   both the certified and the approved without one 5 or more. Its counts are printed nowhere, so no other figure
//   gives them back; a province's copy gives its own province's share, never the national one.
// - Topics: only those with 5 reports or more are listed; listing a topic with a withheld count would tell that
//   it had 1–4 reports rather than none.
import type { AnnualFigures, AppealFigures, VolunteerProvinceFigures } from '@/lib/annual-report/annual-figures';
import type { RawAppeals } from './compute-appeals';
import type { RawEnding, RawReviewStage } from './compute-review-stages';
import type { FunnelStage } from './figures';
import type { RawTopic } from './compute-topics';
import { VOLUNTEER_MEASURES, type RawVolunteerProvince, type VolunteerMeasure } from './compute-volunteers';
import { countOf, medianOf, p90Of, shareOf } from './project-figures';
import type { RawCertifiedProvince } from './training-figures';
import { SMALL_COUNT, suppressList, type Published } from './suppress';

export type RawAnnualExtras = {
  stages: RawReviewStage[];
  endings: RawEnding[];
  /** The agencies of the year's league table (the appeals are laid over them, in their order). */
  agencies: { id: string; name: string; nameEn: string }[];
  appeals: RawAppeals[];
  /** Null for an agency's scope: volunteers belong to provinces, not agencies. */
  volunteers: RawVolunteerProvince[] | null;
  topics: RawTopic[];
  /**
   * Approved members and those holding a valid basic certificate at the year's end, per province of the scope (the
   * one province for a province's copies, every province for the country); null for an agency's scope.
   */
  certified: RawCertifiedProvince[] | null;
  /**
   * A province's suppressed copy: its visits and topics as the linked pass decided them (link-scoped-figures.ts),
   * and its province id — its volunteers are then its row of the national projection (`volunteers` holds every
   * province), and its appeals are left out.
   */
  linked?: { provinceId: number; visits: Record<FunnelStage, Published>; topics: ReadonlyMap<number, number> };
};

export type AnnualExtras = Pick<AnnualFigures, 'reviewStages' | 'endings' | 'appeals' | 'volunteers' | 'topics' | 'omitted'>;

/** The annual report's own figures, exact (`suppressed: false`, the staff dashboard) or with the public rule above. */
export function projectAnnualExtras(raw: RawAnnualExtras, { suppressed }: { suppressed: boolean }): AnnualExtras {
  const rule = { suppressed };
  const { linked } = raw;
  const volunteers = { ...projectVolunteers(raw.volunteers, rule), trainingCompletionPercent: trainingShare(raw.certified, rule) };
  return {
    reviewStages: raw.stages.map((s) => ({
      stage: s.stage,
      visits: linked ? linked.visits[s.stage] : countOf(s.visits, rule),
      medianDays: medianOf(s.medianDays, rule),
      p90Days: p90Of(s.p90Days, rule),
      // A linked copy prints its visits, so a share of them gives its numerator back, and the provinces' numerators
      // add up to the national one (review of this stop): shares only in the national and exact copies.
      overduePercent: linked ? null : shareOf(s.overdue, rule),
      escalatedPercent: linked ? null : shareOf(s.escalated, rule),
    })),
    // Review H2: every report not referred ended at some stage (rejected, duplicate, withdrawn) or is still on its
    // way, so a closed year's funnel gives their sums back (received − reviewed, reviewed − referred); cell by cell
    // suppression cannot protect them. The suppressed copies print the rejections per stage with the funnel and
    // leave the rest to the staff dashboard's exact figures.
    endings: suppressed ? [] : raw.endings.map((e) => ({ stage: e.stage, rejected: e.rejected, duplicate: e.duplicate, withdrawn: e.withdrawn })),
    appeals: linked
      ? []
      : raw.agencies.map((a): AppealFigures => {
          const c = raw.appeals.find((x) => x.agencyId === a.id) ?? { appeals: 0, upheld: 0, dismissed: 0 };
          if (!suppressed) return { agencyId: a.id, name: a.name, nameEn: a.nameEn, appeals: c.appeals, upheld: c.upheld, dismissed: c.dismissed };
          const list = suppressList([c.upheld, c.dismissed, c.appeals - c.upheld - c.dismissed]);
          return { agencyId: a.id, name: a.name, nameEn: a.nameEn, appeals: list.total, upheld: list.values[0] ?? null, dismissed: list.values[1] ?? null };
        }),
    volunteers: linked ? provinceRow(volunteers, linked.provinceId) : volunteers,
    topics: raw.topics
      .filter((t) => (linked ? linked.topics.has(t.id) : !suppressed || t.reports >= SMALL_COUNT))
      .map((t) => ({ id: t.id, title: t.title, titleEn: t.titleEn, reports: linked ? linked.topics.get(t.id)! : countOf(t.reports, rule) })),
    omitted: suppressed ? (linked ? ['endings', 'appeals'] : ['endings']) : [],
  };
}

/** One province's row of the national volunteer table, as its own table (its totals are the row). */
function provinceRow(table: AnnualFigures['volunteers'], provinceId: number): AnnualFigures['volunteers'] {
  const row = table.provinces.find((p) => p.id === provinceId);
  if (!row) return { ...table, provinces: [] };
  const totals = Object.fromEntries(VOLUNTEER_MEASURES.map((m) => [m, row[m]])) as Record<VolunteerMeasure, Published>;
  return { provinces: [row], totals, trainingCompletionPercent: table.trainingCompletionPercent };
}

function projectVolunteers(provinces: RawVolunteerProvince[] | null, { suppressed }: { suppressed: boolean }): AnnualFigures['volunteers'] {
  const empty = Object.fromEntries(VOLUNTEER_MEASURES.map((m) => [m, null])) as Record<VolunteerMeasure, Published>;
  if (provinces === null) return { provinces: [], totals: empty, trainingCompletionPercent: null };
  const columns = Object.fromEntries(
    VOLUNTEER_MEASURES.map((m) => {
      const values = provinces.map((p) => p[m]);
      return [m, suppressed ? suppressList(values) : { values, total: values.reduce((a, b) => a + b, 0) }];
    }),
  ) as Record<VolunteerMeasure, { values: Published[]; total: Published }>;
  return {
    provinces: provinces.map((p, i): VolunteerProvinceFigures => ({
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      ...(Object.fromEntries(VOLUNTEER_MEASURES.map((m) => [m, columns[m].values[i] ?? null])) as Record<VolunteerMeasure, Published>),
    })),
    totals: Object.fromEntries(VOLUNTEER_MEASURES.map((m) => [m, columns[m].total])) as Record<VolunteerMeasure, Published>,
    // Set by projectAnnualExtras from its own counts (trainingShare).
    trainingCompletionPercent: null,
  };
}

/** The scope's approved members holding a valid basic certificate at the year's end, as a share (shareOf's rule). */
function trainingShare(rows: readonly RawCertifiedProvince[] | null, rule: { suppressed: boolean }): number | null {
  if (rows === null) return null;
  const sum = (k: 'approved' | 'certified') => rows.reduce((a, r) => a + r[k], 0);
  return shareOf({ num: sum('certified'), den: sum('approved') }, rule);
}
