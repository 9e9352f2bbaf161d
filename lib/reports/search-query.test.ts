import { describe, expect, it } from 'vitest';
import { searchQuery } from './queue-filters';

describe('searchQuery', () => {
  it('makes every word a required prefix and drops the zero-width non-joiner', () => {
    expect(searchQuery('چراغ کوچه')).toBe('چراغ:* & کوچه:*');
    expect(searchQuery('چراغ\u200cها')).toBe('چراغها:*');
  });

  it('strips tsquery operators so no input is a syntax error', () => {
    expect(searchQuery("a & b | !c (d) 'e':*")).toBe('a:* & b:* & c:* & d:* & e:*');
    expect(searchQuery('& | !')).toBeNull();
    expect(searchQuery('   ')).toBeNull();
  });

  it('keeps at most eight words', () => {
    expect(searchQuery('1 2 3 4 5 6 7 8 9 10')?.split(' & ')).toHaveLength(8);
  });
});
