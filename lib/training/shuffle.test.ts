import { describe, expect, it } from 'vitest';
import { seededShuffle } from './shuffle';

describe('seededShuffle', () => {
  const items = Array.from({ length: 12 }, (_, i) => i);
  it('is the same order for the same seed and salt (a reload shows the same quiz)', () => {
    expect(seededShuffle(items, 42, 3)).toEqual(seededShuffle(items, 42, 3));
  });
  it('keeps every item once and leaves the input alone', () => {
    const out = seededShuffle(items, 7);
    expect([...out].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });
  it('differs between seeds and between salts', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => seededShuffle(items, seed).join(',')));
    expect(orders.size).toBeGreaterThan(3);
    expect(seededShuffle(items, 9, 1).join()).not.toEqual(seededShuffle(items, 9, 2).join());
  });
});
