// The numbers the public information pages state (deadlines, limits, lifetimes), computed from the same
// settings (lib/settings: what the administrator set, else the environment), configuration and constants
// the code obeys, so a page never promises what the deployment does not do.
import { ATTACHMENT_LIMITS } from '@/lib/attachments/sanitize';
import { ENDED_SESSION_RETENTION_DAYS } from '@/lib/auth/delete-ended-sessions';
import { MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/login-throttle';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/start-session';
import { getEnv, type Env } from '@/lib/env';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import type { Settings } from '@/lib/settings/registry';
import { OTP_PER_MOBILE, OTP_TTL_MINUTES, OTP_WINDOW_MINUTES } from '@/lib/members/otp';
import { deadlinePolicy } from '@/lib/workflow/deadlines';

export type InfoPageFacts = Record<string, string>;

export function infoPageFacts(locale: Locale, settings: Settings, env: Env = getEnv()): InfoPageFacts {
  const { days, escalateAfterDays } = deadlinePolicy(settings);
  const numbers = {
    coreDays: days.CORE_REVIEW,
    provinceDays: days.PROVINCE_REVIEW,
    nationalDays: days.NATIONAL_REVIEW,
    escalateAfterDays,
    // An anonymous report starts at the province; a member's report at the core.
    publicReviewDays: days.PROVINCE_REVIEW + days.NATIONAL_REVIEW,
    memberReviewDays: days.CORE_REVIEW + days.PROVINCE_REVIEW + days.NATIONAL_REVIEW,
    submitPerHour: settings.submitPerHour,
    trackPer10Min: settings.trackPer10Min,
    otpPerHour: settings.otpPerHour,
    otpMinutes: OTP_TTL_MINUTES,
    otpPerMobile: OTP_PER_MOBILE,
    otpWindowMinutes: OTP_WINDOW_MINUTES,
    maxAttachments: ATTACHMENT_LIMITS.maxFiles,
    maxAttachmentMb: ATTACHMENT_LIMITS.maxFileBytes / 1024 / 1024,
    sessionHours: SESSION_MAX_AGE_SECONDS / 3600,
    sessionRetentionDays: ENDED_SESSION_RETENTION_DAYS,
    loginFailures: MAX_FAILURES_PER_ACCOUNT,
  };
  const facts: InfoPageFacts = Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, formatNumber(v, locale)]));
  facts.contactEmail = env.SAJAM_CONTACT_EMAIL ?? '';
  return facts;
}
