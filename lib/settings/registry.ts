// The values an administrator changes without a deploy (issue #15): the one list of them. Each names the
// environment variable that supplies its default (lib/env.ts parses that variable with this same schema,
// so the form and the environment accept the same range), its group on /admin/settings and its unit.
// A row in the Setting table overrides the default; no row = the environment's value. Secrets never
// go here: keys, passwords and provider addresses stay in the environment only.
import { z } from 'zod';
import type { Env } from '@/lib/env';
import { toLatinDigits } from '@/lib/text/normalize';

export type SettingGroup = 'reviewDeadlines' | 'agencyDeadlines' | 'publicLimits' | 'publication' | 'training';
/** How the form shows a value's unit (a message key of `adminSettings.units`); null for on/off and names. */
export type SettingUnit = 'days' | 'perHour' | 'per10Min' | 'outcomes' | null;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ranges shared with lib/env.ts (one definition of what each value may be). */
export const settingSchemas = {
  // At least a quarter of a day (6 hours): less would make every report overdue as it arrives.
  reviewDays: z.number().min(0.25).max(365),
  graceDays: z.number().min(0).max(365),
  wholeDays: z.number().int().positive().max(365),
  remindDays: z.number().int().min(0).max(30),
  perPeriod: z.number().int().min(1),
  // Never below the smallest count the public figures show (lib/stats/suppress.ts SMALL_COUNT = 5).
  countyThreshold: z.number().int().min(5).max(10_000),
  onOff: z.boolean(),
  course: z.string().regex(SLUG).max(60).nullable(),
} as const;

type Kind = keyof typeof settingSchemas;
type Definition = { env: keyof Env; kind: Kind; group: SettingGroup; unit: SettingUnit };

/**
 * Every editable setting, in the order the form shows them. `kind` names its schema in `settingSchemas`
 * and its error message (`adminSettings.errors.<kind>`).
 */
export const SETTINGS = {
  /** Days a report may wait at each review stage before it is overdue (fractions allowed: 0.5 = 12 hours). */
  coreReviewDays: { env: 'SAJAM_DEADLINE_CORE_DAYS', kind: 'reviewDays', group: 'reviewDeadlines', unit: 'days' },
  provinceReviewDays: { env: 'SAJAM_DEADLINE_PROVINCE_DAYS', kind: 'reviewDays', group: 'reviewDeadlines', unit: 'days' },
  nationalReviewDays: { env: 'SAJAM_DEADLINE_NATIONAL_DAYS', kind: 'reviewDays', group: 'reviewDeadlines', unit: 'days' },
  /** Days past the deadline (after the reminder) before the stage is escalated. */
  escalateAfterDays: { env: 'SAJAM_ESCALATE_AFTER_DAYS', kind: 'graceDays', group: 'reviewDeadlines', unit: 'days' },
  /** Tehran days an agency has to acknowledge / answer a referral, unless the agency has its own. */
  agencyAcknowledgeDays: { env: 'SAJAM_AGENCY_ACKNOWLEDGE_DAYS', kind: 'wholeDays', group: 'agencyDeadlines', unit: 'days' },
  agencyAnswerDays: { env: 'SAJAM_AGENCY_ANSWER_DAYS', kind: 'wholeDays', group: 'agencyDeadlines', unit: 'days' },
  /** Reminders go this many Tehran days before a due date (and on the day); escalation the day after. */
  agencyRemindBeforeDays: { env: 'SAJAM_AGENCY_REMIND_BEFORE_DAYS', kind: 'remindDays', group: 'agencyDeadlines', unit: 'days' },
  /** Days after a case closes in which "not satisfied" opens an appeal. */
  appealDays: { env: 'SAJAM_APPEAL_DAYS', kind: 'wholeDays', group: 'agencyDeadlines', unit: 'days' },
  /** Per-client limits on the public forms. */
  submitPerHour: { env: 'SAJAM_RATE_SUBMIT_PER_HOUR', kind: 'perPeriod', group: 'publicLimits', unit: 'perHour' },
  trackPer10Min: { env: 'SAJAM_RATE_TRACK_PER_10MIN', kind: 'perPeriod', group: 'publicLimits', unit: 'per10Min' },
  otpPerHour: { env: 'SAJAM_RATE_OTP_PER_HOUR', kind: 'perPeriod', group: 'publicLimits', unit: 'perHour' },
  /**
   * A published outcome names its county only while that county holds at least this many published
   * outcomes (issue #16, lib/outcomes/outcome-projection.ts); below it, the province alone.
   */
  outcomeCountyThreshold: { env: 'SAJAM_OUTCOME_COUNTY_THRESHOLD', kind: 'countyThreshold', group: 'publication', unit: 'outcomes' },
  /**
   * The training gate: members must finish `trainingCourse` (a course slug) before the report form takes
   * their reports. No effect until issue #18, whose report form reads it through getSettings().
   */
  trainingGate: { env: 'SAJAM_TRAINING_GATE', kind: 'onOff', group: 'training', unit: null },
  trainingCourse: { env: 'SAJAM_TRAINING_COURSE', kind: 'course', group: 'training', unit: null },
} as const satisfies Record<string, Definition>;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = { [K in SettingKey]: z.output<(typeof settingSchemas)[(typeof SETTINGS)[K]['kind']]> };
export type SettingValue = Settings[SettingKey];

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];
export const SETTING_GROUPS: readonly SettingGroup[] = ['reviewDeadlines', 'agencyDeadlines', 'publicLimits', 'publication', 'training'];

export const isSettingKey = (key: unknown): key is SettingKey => typeof key === 'string' && Object.hasOwn(SETTINGS, key);

const schemaOf = (key: SettingKey): z.ZodType<SettingValue> => settingSchemas[SETTINGS[key].kind];

/** The defaults: each setting's environment variable, as lib/env.ts parsed it. */
export function settingDefaults(env: Env): Settings {
  const read = (key: SettingKey): SettingValue => {
    const value = env[SETTINGS[key].env];
    if (SETTINGS[key].kind === 'onOff') return value === 'on';
    return (value ?? null) as SettingValue;
  };
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, read(k)])) as Settings;
}

/** A stored value if it is still valid for its key (a range narrowed since it was saved falls back to the default). */
export function parseStoredSetting(key: string, value: unknown): { key: SettingKey; value: SettingValue } | null {
  if (!isSettingKey(key)) return null;
  const parsed = schemaOf(key).safeParse(value);
  return parsed.success ? { key, value: parsed.data } : null;
}

/** One value checked against its key's range; the error is the message key (`adminSettings.errors.<kind>`). */
export function checkSetting(key: SettingKey, value: unknown): { ok: true; value: SettingValue } | { ok: false; error: string } {
  const parsed = schemaOf(key).safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: SETTINGS[key].kind };
}

/** A form field's text as its kind's value: Persian digits and decimal separator allowed; '' = none. */
function fromField(key: SettingKey, raw: string): unknown {
  const text = toLatinDigits(raw).replace(/[٫/]/g, '.').trim();
  switch (SETTINGS[key].kind) {
    case 'onOff':
      return text === 'on' ? true : text === 'off' ? false : text;
    case 'course':
      return text === '' ? null : text.toLowerCase();
    default:
      return text === '' || !/^\d+(\.\d+)?$/.test(text) ? Number.NaN : Number(text);
  }
}

export type SettingsInput = { values: Partial<Settings>; reset: SettingKey[] };

/**
 * The settings form as posted: one field per key (the ones present are taken; the page sends them all)
 * and `reset` = the key whose "reset to default" button was pressed. Field errors are keyed by setting,
 * with the message key of its kind.
 */
export function parseSettingsForm(formData: FormData): z.ZodSafeParseResult<SettingsInput> {
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  const issues: z.core.$ZodIssue[] = [];
  const resetKey = formData.get('reset');
  const reset = isSettingKey(resetKey) ? [resetKey] : [];
  for (const key of SETTING_KEYS) {
    const raw = formData.get(key);
    if (typeof raw !== 'string' || reset.includes(key)) continue;
    const checked = checkSetting(key, fromField(key, raw));
    if (checked.ok) values[key] = checked.value;
    else issues.push({ code: 'custom', path: [key], message: checked.error, input: raw });
  }
  if (issues.length) return { success: false, error: new z.ZodError(issues) as z.ZodError<SettingsInput> };
  return { success: true, data: { values: values as Partial<Settings>, reset } };
}

/** Whether two values are the same setting (numbers, booleans, names). */
export const sameSetting = (a: SettingValue, b: SettingValue) => a === b;
