import { describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { checkSetting, parseSettingsForm, parseStoredSetting, SETTING_GROUPS, SETTING_KEYS, SETTINGS, settingDefaults } from './registry';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe('the settings registry', () => {
  it('takes each default from its environment variable, parsed by lib/env.ts', () => {
    expect(settingDefaults(getEnv({}))).toEqual({
      coreReviewDays: 3,
      provinceReviewDays: 5,
      nationalReviewDays: 7,
      escalateAfterDays: 2,
      agencyAcknowledgeDays: 7,
      agencyAnswerDays: 30,
      agencyRemindBeforeDays: 2,
      appealDays: 30,
      submitPerHour: 10,
      trackPer10Min: 20,
      otpPerHour: 5,
      outcomeCountyThreshold: 5,
      trainingGate: false,
      trainingCourse: null,
    });
    const env = getEnv({ SAJAM_DEADLINE_CORE_DAYS: '0.5', SAJAM_RATE_OTP_PER_HOUR: '9', SAJAM_TRAINING_GATE: 'on', SAJAM_TRAINING_COURSE: 'reporting-basics' });
    expect(settingDefaults(env)).toMatchObject({ coreReviewDays: 0.5, otpPerHour: 9, trainingGate: true, trainingCourse: 'reporting-basics' });
  });

  it('holds no secret and puts every setting in a known group', () => {
    for (const key of SETTING_KEYS) {
      expect(SETTING_GROUPS).toContain(SETTINGS[key].group);
      expect(SETTINGS[key].env).not.toMatch(/SECRET|KEY|TOKEN|PASSWORD|URL/);
    }
  });

  it('accepts in the form exactly what the environment accepts', () => {
    const cases: [keyof typeof SETTINGS, string, boolean][] = [
      ['coreReviewDays', '0', false],
      ['coreReviewDays', '0.5', true],
      ['coreReviewDays', '366', false],
      ['escalateAfterDays', '0', true],
      ['agencyAnswerDays', '1.5', false],
      ['agencyRemindBeforeDays', '31', false],
      ['agencyRemindBeforeDays', '0', true],
      ['submitPerHour', '0', false],
      ['submitPerHour', '1000', true],
    ];
    for (const [key, text, ok] of cases) {
      const envOk = (() => {
        try {
          getEnv({ [SETTINGS[key].env]: text });
          return true;
        } catch {
          return false;
        }
      })();
      expect([key, text, envOk]).toEqual([key, text, ok]);
      expect([key, text, checkSetting(key, Number(text)).ok]).toEqual([key, text, ok]);
    }
  });

  it('parses the form: Persian digits, on/off, an empty course, and the reset button', () => {
    const parsed = parseSettingsForm(
      form({ coreReviewDays: '۴', provinceReviewDays: '۲٫۵', trainingGate: 'on', trainingCourse: ' Reporting-Basics ', reset: 'otpPerHour', otpPerHour: '9' }),
    );
    expect(parsed.success && parsed.data).toEqual({
      values: { coreReviewDays: 4, provinceReviewDays: 2.5, trainingGate: true, trainingCourse: 'reporting-basics' },
      reset: ['otpPerHour'],
    });
    expect(parseSettingsForm(form({ trainingCourse: '' })).data?.values).toEqual({ trainingCourse: null });
  });

  it('names each wrong field with its kind as the message key', () => {
    const parsed = parseSettingsForm(
      form({ coreReviewDays: 'soon', agencyAnswerDays: '', submitPerHour: '2.5', trainingCourse: 'not a slug', trainingGate: 'maybe' }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error!.flatten().fieldErrors).toEqual({
      coreReviewDays: ['reviewDays'],
      agencyAnswerDays: ['wholeDays'],
      submitPerHour: ['perPeriod'],
      trainingGate: ['onOff'],
      trainingCourse: ['course'],
    });
  });

  it('ignores a stored value no longer valid, and unknown keys', () => {
    expect(parseStoredSetting('coreReviewDays', 4)).toEqual({ key: 'coreReviewDays', value: 4 });
    expect(parseStoredSetting('coreReviewDays', 900)).toBeNull();
    expect(parseStoredSetting('NEXTAUTH_SECRET', 'x')).toBeNull();
    expect(parseStoredSetting('trainingCourse', null)).toEqual({ key: 'trainingCourse', value: null });
  });
});
