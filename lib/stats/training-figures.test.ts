import { describe, expect, it } from 'vitest';
import { completionOf, completionPercent } from './training-figures';

describe('completionPercent', () => {
  it('is completed over enrolled in percent, one decimal, rounded half up', () => {
    expect(completionPercent(2, 3)).toBe(66.7);
    expect(completionPercent(1, 3)).toBe(33.3);
    expect(completionPercent(1, 8)).toBe(12.5);
    expect(completionPercent(1, 16)).toBe(6.3);
    expect(completionPercent(3, 3)).toBe(100);
    expect(completionPercent(0, 7)).toBe(0);
  });

  it('has no value without a learner (not 0 %: nobody was asked to finish)', () => {
    expect(completionPercent(0, 0)).toBeNull();
  });

  it('keeps the counts beside the rate', () => {
    expect(completionOf({ enrolled: 40, completed: 9 })).toEqual({ enrolled: 40, completed: 9, percent: 22.5 });
    expect(completionOf({ enrolled: 0, completed: 0 })).toEqual({ enrolled: 0, completed: 0, percent: null });
  });
});
