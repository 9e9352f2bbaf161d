import { describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { settingDefaults } from '@/lib/settings/registry';
import { deadlinePolicy, escalationCutoff, stageDeadline } from './deadlines';

const t0 = new Date('2026-11-23T00:00:00Z');

describe('stage deadlines', () => {
  it('default to 3, 5 and 7 days and none outside review', () => {
    const policy = deadlinePolicy(settingDefaults(getEnv({})));
    expect(stageDeadline('CORE_REVIEW', t0, policy)?.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(stageDeadline('PROVINCE_REVIEW', t0, policy)?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect(stageDeadline('NATIONAL_REVIEW', t0, policy)?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(stageDeadline('NEEDS_INFO', t0, policy)).toBeNull();
    expect(stageDeadline('REFERRED', t0, policy)).toBeNull();
  });

  it('follow the deployment configuration, fractional days included', () => {
    const policy = deadlinePolicy(
      settingDefaults(getEnv({ SAJAM_DEADLINE_CORE_DAYS: '1', SAJAM_DEADLINE_PROVINCE_DAYS: '0.5', SAJAM_ESCALATE_AFTER_DAYS: '0' })),
    );
    expect(stageDeadline('CORE_REVIEW', t0, policy)?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(stageDeadline('PROVINCE_REVIEW', t0, policy)?.toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expect(escalationCutoff(t0, policy)).toEqual(t0);
  });

  it('escalate two days after the deadline by default, and refuse nonsense', () => {
    expect(escalationCutoff(t0, deadlinePolicy(settingDefaults(getEnv({})))).toISOString()).toBe('2026-11-21T00:00:00.000Z');
    expect(() => getEnv({ SAJAM_DEADLINE_CORE_DAYS: '0' })).toThrow(/SAJAM_DEADLINE_CORE_DAYS/);
    expect(() => getEnv({ SAJAM_DEADLINE_NATIONAL_DAYS: 'soon' })).toThrow(/SAJAM_DEADLINE_NATIONAL_DAYS/);
  });
});
