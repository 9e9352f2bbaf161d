// Training completion figures (issue #18): what the trainer's, the province's and the national office's dashboards
// show, and the pure rules that turn counts into them. Client-safe: types and pure functions only. The counting is
// lib/stats/compute-training.ts; the definitions are in its docstring and in docs/architecture.md ("Training").

/** Whose training the figures cover (lib/stats/training-scope.ts decides it from the actor). */
export type TrainingScope = { kind: 'national' } | { kind: 'province'; provinceId: number } | { kind: 'trainer'; trainerId: string };

/** Learners counted and how many finished: `percent` = completed / enrolled, one decimal; null when none enrolled. */
export type Completion = { enrolled: number; completed: number; percent: number | null };

/** One virtual group (TrainingGroup): its learners are the people enrolled through it (Enrollment.groupId). */
export type GroupCompletion = Completion & {
  id: string;
  /** Written by its trainer: user text, shown with dir="auto". */
  name: string;
  kind: 'MEMBERS' | 'TRAINERS';
  /** The course's title (its newest published version, else its draft). */
  course: string;
  /** The group's province; null for the national trainer-of-trainers groups. */
  province: { name: string; nameEn: string } | null;
};

/** One core: its members (Member.coreId, else User.coreId) enrolled in member-audience courses, per course. */
export type CoreCompletion = Completion & { id: string; name: string; province: { name: string; nameEn: string } };

/** One province: the same count as a core's, by the learner's province (Member.provinceId, else User.provinceId). */
export type ProvinceCompletion = Completion & { id: number; name: string; nameEn: string };

/** One province's approved members at an instant and how many of them held a valid basic certificate then. */
export type RawCertifiedProvince = { provinceId: number; approved: number; certified: number };

/** Approved members and how many hold a valid certificate of the basic course; `percent` one decimal, null with none. */
export type CertifiedMembers = { approved: number; certified: number; percent: number | null };

export type TrainingFigures = {
  scope: TrainingScope;
  /** When the figures were counted (ISO): certificates valid at that instant. */
  countedAt: string;
  /** The basic course's slug (setting `trainingCourse`), or null: then any member-audience course counts. */
  basicCourse: string | null;
  groups: GroupCompletion[];
  cores: CoreCompletion[];
  provinces: ProvinceCompletion[];
  certified: CertifiedMembers;
};

/**
 * A completion rate in percent, rounded half up to one decimal (as every share of the statistics: 2 of 3 → 66.7);
 * null without a denominator. The counts are exact staff figures: no small-count rule here (the annual report's
 * suppressed copies use lib/stats/project-figures.ts shareOf instead).
 */
export function completionPercent(completed: number, enrolled: number): number | null {
  if (enrolled <= 0) return null;
  return Math.round((completed / enrolled) * 1000) / 10;
}

/** Counts with their rate. */
export function completionOf({ enrolled, completed }: { enrolled: number; completed: number }): Completion {
  return { enrolled, completed, percent: completionPercent(completed, enrolled) };
}
