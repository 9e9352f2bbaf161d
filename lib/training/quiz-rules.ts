// The quiz's rules (issue #18), pure so each is a unit test: how an answer is scored, when a learner may try again, and
// when an enrollment is complete. The use cases (start-quiz-attempt.ts, submit-quiz-attempt.ts) apply them on the server.

export type ScoredQuestion = { id: string; multiple: boolean; options: { id: string; correct: boolean }[] };
/** Chosen option ids per question id, as the form sent them (unknown ids are ignored). */
export type QuizAnswers = Record<string, string[]>;

/**
 * Percent of questions answered right (0–100, rounded down so 69.9 never passes a mark of 70), and whether it reaches
 * `passMark`. A question is right when the chosen options are exactly its right ones: every right option and no wrong
 * one — for a several-answer question too (no part marks: ticking every box must not score). A one-answer question
 * with more than one option chosen is wrong. A quiz without questions cannot be published (publish-course-version.ts).
 */
export function scoreQuiz(questions: readonly ScoredQuestion[], answers: QuizAnswers, passMark: number): { score: number; passed: boolean; right: number } {
  let right = 0;
  for (const q of questions) {
    const known = new Set(q.options.map((o) => o.id));
    const chosen = new Set((answers[q.id] ?? []).filter((id) => known.has(id)));
    if (!q.multiple && chosen.size > 1) continue;
    const correct = q.options.filter((o) => o.correct).map((o) => o.id);
    if (chosen.size === correct.length && correct.every((id) => chosen.has(id))) right++;
  }
  const score = questions.length === 0 ? 0 : Math.floor((right * 100) / questions.length);
  return { score, passed: score >= passMark, right };
}

export type AttemptHistory = { submittedAt: Date | null; passed: boolean | null }[];

export type AttemptAllowance =
  | { may: true; remaining: number }
  | { may: false; reason: 'passed' }
  | { may: false; reason: 'exhausted' }
  | { may: false; reason: 'wait'; retryAt: Date; remaining: number };

/**
 * May the learner start a new attempt now? Attempts are counted when submitted; `limit + extra` of them per enrollment
 * (extra: granted by the trainer). After a failed attempt the next waits `waitMinutes` from its submission (an elapsed
 * time, not a calendar day: the same at 23:59 and 00:01 Tehran). A passed quiz takes no more attempts.
 */
export function attemptAllowance(o: { history: AttemptHistory; limit: number; extra: number; waitMinutes: number; now: Date }): AttemptAllowance {
  const submitted = o.history.filter((a) => a.submittedAt !== null);
  if (submitted.some((a) => a.passed)) return { may: false, reason: 'passed' };
  const remaining = o.limit + o.extra - submitted.length;
  if (remaining <= 0) return { may: false, reason: 'exhausted' };
  const last = submitted.reduce<Date | null>((latest, a) => (latest && latest > a.submittedAt! ? latest : a.submittedAt), null);
  if (last) {
    const retryAt = new Date(last.getTime() + o.waitMinutes * 60_000);
    if (retryAt > o.now) return { may: false, reason: 'wait', retryAt, remaining };
  }
  return { may: true, remaining };
}

/** An enrollment is complete when every lesson of its version is done and its quiz is passed. */
export function isComplete(o: { lessonIds: readonly string[]; doneLessonIds: readonly string[]; passed: boolean }): boolean {
  const done = new Set(o.doneLessonIds);
  return o.passed && o.lessonIds.every((id) => done.has(id));
}
