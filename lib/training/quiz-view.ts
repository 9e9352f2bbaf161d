// What a learner sees of a quiz attempt (issue #18: "the right answers never reach the browser before submission"):
// the questions and options in the attempt's shuffled order, without `correct`. The one projection for learners; the
// test beside it fails when a field is added.
import { seededShuffle } from './shuffle';

export type QuizQuestionSource = {
  id: string;
  position: number;
  text: string;
  multiple: boolean;
  options: { id: string; position: number; text: string; correct: boolean }[];
};

export type LearnerQuizQuestion = { id: string; text: string; multiple: boolean; options: { id: string; text: string }[] };

/** The attempt's questions for the learner: shuffled by `seed` (each option list salted by its question's place). */
export function learnerQuizView(questions: readonly QuizQuestionSource[], seed: number): LearnerQuizQuestion[] {
  const ordered = [...questions].sort((a, b) => a.position - b.position);
  return seededShuffle(ordered, seed).map((q) => ({
    id: q.id,
    text: q.text,
    multiple: q.multiple,
    options: seededShuffle(
      [...q.options].sort((a, b) => a.position - b.position),
      seed,
      q.position,
    ).map((o) => ({ id: o.id, text: o.text })),
  }));
}
