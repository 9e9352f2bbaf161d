import { describe, expect, it } from 'vitest';
import { attemptAllowance, isComplete, scoreQuiz, type ScoredQuestion } from './quiz-rules';

const one: ScoredQuestion = {
  id: 'q1',
  multiple: false,
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
    { id: 'c', correct: false },
  ],
};
const several: ScoredQuestion = {
  id: 'q2',
  multiple: true,
  options: [
    { id: 'd', correct: true },
    { id: 'e', correct: true },
    { id: 'f', correct: false },
  ],
};
const third: ScoredQuestion = {
  id: 'q3',
  multiple: false,
  options: [
    { id: 'g', correct: false },
    { id: 'h', correct: true },
  ],
};

describe('scoreQuiz', () => {
  it('counts a question right only with every right option and no wrong one', () => {
    expect(scoreQuiz([one, several], { q1: ['a'], q2: ['d', 'e'] }, 100)).toEqual({ score: 100, passed: true, right: 2 });
    expect(scoreQuiz([one, several], { q1: ['a'], q2: ['d'] }, 50)).toEqual({ score: 50, passed: true, right: 1 });
    expect(scoreQuiz([one, several], { q1: ['a'], q2: ['d', 'e', 'f'] }, 51).passed).toBe(false);
  });
  it('gives nothing for ticking every box or for several answers to a one-answer question', () => {
    expect(scoreQuiz([several], { q2: ['d', 'e', 'f'] }, 1).score).toBe(0);
    expect(scoreQuiz([one], { q1: ['a', 'b'] }, 1).score).toBe(0);
  });
  it('ignores option ids from other questions and unanswered questions score 0', () => {
    expect(scoreQuiz([one, several], { q1: ['d'], q2: ['a', 'd', 'e'] }, 50)).toEqual({ score: 50, passed: true, right: 1 });
    expect(scoreQuiz([one, several], {}, 0)).toEqual({ score: 0, passed: true, right: 0 });
  });
  it('rounds down so 2 of 3 (66.6…) does not reach a mark of 67', () => {
    expect(scoreQuiz([one, several, third], { q1: ['a'], q2: ['d', 'e'] }, 67)).toEqual({ score: 66, passed: false, right: 2 });
    expect(scoreQuiz([one, several, third], { q1: ['a'], q2: ['d', 'e'] }, 66).passed).toBe(true);
  });
});

describe('attemptAllowance', () => {
  const now = new Date('2026-03-20T20:29:00Z'); // 23:59 Tehran on Esfand 29, 1404
  const failedAt = (minutesAgo: number) => ({ submittedAt: new Date(now.getTime() - minutesAgo * 60_000), passed: false });
  it('allows the first attempt and counts only submitted ones', () => {
    expect(attemptAllowance({ history: [], limit: 3, extra: 0, waitMinutes: 60, now })).toEqual({ may: true, remaining: 3 });
    expect(attemptAllowance({ history: [{ submittedAt: null, passed: null }], limit: 1, extra: 0, waitMinutes: 60, now })).toEqual({ may: true, remaining: 1 });
  });
  it('waits after a failure, in elapsed minutes across midnight and the year end', () => {
    const wait = attemptAllowance({ history: [failedAt(59)], limit: 3, extra: 0, waitMinutes: 60, now });
    expect(wait).toEqual({ may: false, reason: 'wait', retryAt: new Date(now.getTime() + 60_000), remaining: 2 });
    const after = new Date(now.getTime() + 2 * 60_000); // 00:01 Tehran, Farvardin 1, 1405
    expect(attemptAllowance({ history: [failedAt(59)], limit: 3, extra: 0, waitMinutes: 60, now: after })).toEqual({ may: true, remaining: 2 });
  });
  it('stops at the limit until the trainer grants more', () => {
    const history = [failedAt(300), failedAt(200), failedAt(100)];
    expect(attemptAllowance({ history, limit: 3, extra: 0, waitMinutes: 10, now })).toEqual({ may: false, reason: 'exhausted' });
    expect(attemptAllowance({ history, limit: 3, extra: 1, waitMinutes: 10, now })).toEqual({ may: true, remaining: 1 });
  });
  it('takes no attempt after a pass', () => {
    expect(attemptAllowance({ history: [{ submittedAt: now, passed: true }], limit: 3, extra: 0, waitMinutes: 0, now })).toEqual({
      may: false,
      reason: 'passed',
    });
  });
});

describe('isComplete', () => {
  it('needs every lesson and a passed quiz', () => {
    expect(isComplete({ lessonIds: ['l1', 'l2'], doneLessonIds: ['l2', 'l1'], passed: true })).toBe(true);
    expect(isComplete({ lessonIds: ['l1', 'l2'], doneLessonIds: ['l1'], passed: true })).toBe(false);
    expect(isComplete({ lessonIds: ['l1'], doneLessonIds: ['l1'], passed: false })).toBe(false);
  });
});
