import { describe, expect, it } from 'vitest';
import { checkSetting } from '@/lib/settings/registry';
import { auditFiltersSchema } from './list-audit-events';

// Break-it findings of issue #15, kept as tests.
describe('hostile values on the administration pages', () => {
  it('drops an audit cursor whose id is past PostgreSQL bigint (it answered 500)', () => {
    expect(auditFiltersSchema.parse({ after: '1.9999999999999999999' }).after).toBeUndefined();
    expect(auditFiltersSchema.parse({ after: '1700000000000.9223372036854775807' }).after).toBe('1700000000000.9223372036854775807');
  });

  it('keeps a review deadline at six hours or more (0.00001 days made every report overdue at once)', () => {
    expect(checkSetting('coreReviewDays', 0.00001).ok).toBe(false);
    expect(checkSetting('coreReviewDays', 0.25).ok).toBe(true);
  });
});
