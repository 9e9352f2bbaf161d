import { describe, expect, it } from 'vitest';
import { testActor } from '@/lib/testing/reports';
import { queueStatuses } from './list-review-queue';

describe("the national office's work queue", () => {
  it('holds the states with work waiting, closed cases to publish among them, never the published ones', () => {
    const states = queueStatuses(testActor(['NATIONAL_OFFICE']));
    expect(states).toEqual(expect.arrayContaining(['NATIONAL_REVIEW', 'APPROVED', 'RESPONDED', 'CLOSED']));
    expect(states).not.toContain('PUBLISHED');
    expect(states).not.toContain('REFERRED');
  });
});
