import { describe, expect, it } from 'vitest';
import { searchQuery } from './queue-filters';

describe('searchQuery', () => {
  it('passes text with a letter or digit to the database, which folds it like the index', () => {
    expect(searchQuery('چراغ کوچه')).toBe('چراغ کوچه');
    expect(searchQuery('۱۲')).toBe('۱۲');
  });

  it('treats a box of punctuation as no search at all', () => {
    expect(searchQuery('& | ! ()')).toBeNull();
    expect(searchQuery('،؛ - ')).toBeNull();
  });
});
