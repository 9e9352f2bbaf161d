import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, queueFiltersSchema } from './queue-filters';

describe('queue filters', () => {
  it('read the address bar forgivingly', () => {
    expect(queueFiltersSchema.parse({})).toEqual({
      status: 'queue',
      overdue: false,
      categoryId: undefined,
      provinceId: undefined,
      topicId: undefined,
      q: undefined,
      order: 'deadline',
      assigned: undefined,
      after: undefined,
    });
    expect(queueFiltersSchema.parse({ order: 'newest', assigned: 'mine' })).toMatchObject({ order: 'newest', assigned: 'mine' });
    expect(queueFiltersSchema.parse({ order: 'random()', assigned: 'everyone' })).toMatchObject({ order: 'deadline', assigned: undefined });
    expect(queueFiltersSchema.parse({ status: 'REJECTED', categoryId: '3', overdue: 'on', q: ' كوچه ۱۲ ' })).toMatchObject({
      status: 'REJECTED',
      categoryId: 3,
      overdue: true,
      // Letters folded and spaces trimmed here; digits stay as typed (the box shows them back) and the
      // database folds them with the index (sajam_search_text).
      q: 'کوچه ۱۲',
    });
    expect(queueFiltersSchema.parse({ status: 'DROP TABLE', categoryId: 'x', provinceId: '-1' })).toMatchObject({
      status: 'queue',
      categoryId: undefined,
      provinceId: undefined,
    });
  });

  it('round-trip a keyset cursor and refuse a forged one', () => {
    const cursor = { key: new Date('2026-11-23T10:00:00.123Z'), id: '01a209be-6ca4-749b-be5d-e68031b0c0de' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    // A case with no deadline (closed, published) sorts last by deadline.
    expect(decodeCursor(encodeCursor({ key: null, id: cursor.id }))).toEqual({ key: null, id: cursor.id });
    expect(decodeCursor('bm90LWEtY3Vyc29y')).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
});
