import { describe, expect, it } from 'vitest';
import { learnerQuizView, type QuizQuestionSource } from './quiz-view';

const questions: QuizQuestionSource[] = Array.from({ length: 6 }, (_, q) => ({
  id: `q${q}`,
  position: q + 1,
  text: `پرسش ${q}`,
  multiple: q % 2 === 0,
  options: Array.from({ length: 4 }, (_, o) => ({ id: `q${q}o${o}`, position: o + 1, text: `گزینه ${o}`, correct: o === 0 })),
}));

describe('learnerQuizView', () => {
  it('carries exactly these fields and never whether an option is right', () => {
    const view = learnerQuizView(questions, 11);
    for (const q of view) {
      expect(Object.keys(q).sort()).toEqual(['id', 'multiple', 'options', 'text']);
      for (const o of q.options) expect(Object.keys(o).sort()).toEqual(['id', 'text']);
    }
    expect(JSON.stringify(view)).not.toMatch(/correct|position/);
  });
  it('is the same for the same attempt and differs between attempts', () => {
    expect(learnerQuizView(questions, 5)).toEqual(learnerQuizView(questions, 5));
    const orders = new Set(
      [1, 2, 3, 4].map((seed) =>
        learnerQuizView(questions, seed)
          .map((q) => q.id + q.options.map((o) => o.id).join())
          .join('|'),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
  it('keeps every question and option', () => {
    const view = learnerQuizView(questions, 3);
    expect(view.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort());
    expect(view.flatMap((q) => q.options).length).toBe(24);
  });
});
