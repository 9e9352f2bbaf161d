import { describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { settingDefaults } from '@/lib/settings/registry';
import { deadlinePolicy } from './deadlines';
import { nextSteps, stepsAfterSubmission } from './next-steps';
import { REPORT_STATUSES } from './transitions';

const defaults = deadlinePolicy(settingDefaults(getEnv({})));
const names = (steps: { step: string }[]) => steps.map((s) => s.step);

describe('what happens next', () => {
  it('takes a member report through its core, then the province and the national office, with the configured days', () => {
    expect(stepsAfterSubmission(true, defaults)).toEqual([
      { step: 'CORE_REVIEW', days: 3, current: true },
      { step: 'PROVINCE_REVIEW', days: 5, current: false },
      { step: 'NATIONAL_REVIEW', days: 7, current: false },
      { step: 'REFERRAL', days: null, current: false },
      { step: 'OUTCOME', days: null, current: false },
    ]);
  });

  it('starts an anonymous report at the province and follows the deployment configuration', () => {
    const policy = deadlinePolicy(settingDefaults(getEnv({ SAJAM_DEADLINE_PROVINCE_DAYS: '10', SAJAM_DEADLINE_NATIONAL_DAYS: '2' })));
    expect(stepsAfterSubmission(false, policy).slice(0, 2)).toEqual([
      { step: 'PROVINCE_REVIEW', days: 10, current: true },
      { step: 'NATIONAL_REVIEW', days: 2, current: false },
    ]);
  });

  it('puts the reporter’s answer first while a question waits, then the stage that asked', () => {
    const steps = nextSteps({ status: 'NEEDS_INFO', hasCore: true, resumeStatus: 'PROVINCE_REVIEW' }, defaults);
    expect(names(steps)).toEqual(['NEEDS_INFO', 'PROVINCE_REVIEW', 'NATIONAL_REVIEW', 'REFERRAL', 'OUTCOME']);
    expect(steps.filter((s) => s.current).map((s) => s.step)).toEqual(['NEEDS_INFO']);
  });

  it('shows only the agency and the outcome after approval, and nothing once the case has ended', () => {
    expect(names(nextSteps({ status: 'REFERRED', hasCore: false }, defaults))).toEqual(['REFERRAL', 'OUTCOME']);
    for (const status of ['REJECTED', 'WITHDRAWN', 'CLOSED', 'PUBLISHED'] as const) expect(nextSteps({ status, hasCore: true }, defaults)).toEqual([]);
  });

  it('knows every state of the workflow', () => {
    for (const status of REPORT_STATUSES) expect(Array.isArray(nextSteps({ status, hasCore: true }, defaults))).toBe(true);
  });
});
