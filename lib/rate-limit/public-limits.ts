import 'server-only';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { AppError } from '@/lib/errors';
import { getSettings } from '@/lib/settings/get-settings';

// Per-client limits on the public forms. Keys are keyed hashes of the client address (lib/crypto/client-key),
// held only in this process's memory with a time-to-live: nothing about a visitor is written anywhere.
export type PublicLimit = 'submit' | 'track' | 'otp' | 'openData' | 'verifyReport' | 'verifyCertificate';
/** Full open-data downloads (issue #16) per client an hour: each streams the whole table, and a program that needs more caches the file (Cache-Control allows five minutes). */
export const OPEN_DATA_DOWNLOADS_PER_HOUR = 60;
/** Views and checks of /verify/report/<code> (issue #17) per client in 10 minutes: a person checks a few documents; 50-bit codes are not guessed at 60 a window. */
export const VERIFY_REPORT_PER_10_MIN = 60;
/** Views of /verify/certificate/<code> (issue #18) per client in 10 minutes: as for the annual report, an employer checks a few certificates; 50-bit codes are not guessed at 60 a window. */
export const VERIFY_CERTIFICATE_PER_10_MIN = 60;
/** Per-account limits: `identityStep` — the application's identity and contact steps (10 saves an hour), so an account cannot probe codes or addresses in bulk. */
export type AccountLimit = 'identityStep' | 'groupPost';
export const IDENTITY_STEPS_PER_HOUR = 10;
/** Posts to training groups' threads (issue #18) per account an hour: a lively class, not a flood. */
export const GROUP_POSTS_PER_HOUR = 30;

type Limiters = Record<PublicLimit | AccountLimit, RateLimiterMemory>;
const g = globalThis as { __sajamLimits?: Limiters };

/** Each limit's points per window: the public ones are settings the administrator may change (lib/settings). */
async function pointsNow(): Promise<Record<PublicLimit | AccountLimit, number>> {
  const s = await getSettings();
  return {
    submit: s.submitPerHour,
    track: s.trackPer10Min,
    otp: s.otpPerHour,
    openData: OPEN_DATA_DOWNLOADS_PER_HOUR,
    verifyReport: VERIFY_REPORT_PER_10_MIN,
    verifyCertificate: VERIFY_CERTIFICATE_PER_10_MIN,
    identityStep: IDENTITY_STEPS_PER_HOUR,
    groupPost: GROUP_POSTS_PER_HOUR,
  };
}

const DURATIONS: Record<PublicLimit | AccountLimit, number> = {
  submit: 60 * 60,
  track: 10 * 60,
  otp: 60 * 60,
  openData: 60 * 60,
  verifyReport: 10 * 60,
  verifyCertificate: 10 * 60,
  identityStep: 60 * 60,
  groupPost: 60 * 60,
};
const PREFIXES: Record<PublicLimit | AccountLimit, string> = {
  submit: 'submit',
  track: 'track',
  otp: 'otp',
  openData: 'open-data',
  verifyReport: 'verify-report',
  verifyCertificate: 'verify-certificate',
  identityStep: 'identity-step',
  groupPost: 'group-post',
};

/**
 * The limiters, made once per process; one whose points no longer match the setting is made again, so a
 * changed limit applies from the next request (and the count so far starts over for that limit).
 */
async function limiters(): Promise<Limiters> {
  const points = await pointsNow();
  const current = (g.__sajamLimits ??= {} as Limiters);
  for (const limit of Object.keys(points) as (PublicLimit | AccountLimit)[])
    if (current[limit]?.points !== points[limit])
      current[limit] = new RateLimiterMemory({ keyPrefix: PREFIXES[limit], points: points[limit], duration: DURATIONS[limit] });
  return current;
}

/**
 * A rejection from rate-limiter-flexible that means "limit reached" (not a store failure). Decided by
 * shape, never `instanceof RateLimiterRes`: the limiters live on globalThis and may have been made by
 * another bundle's copy of the library, whose class is a different object (issue #9: the forms then
 * answered INTERNAL instead of the wait message).
 */
export function isLimitReached(error: unknown): error is { msBeforeNext: number } {
  return typeof error === 'object' && error !== null && !(error instanceof Error) && typeof (error as { msBeforeNext?: unknown }).msBeforeNext === 'number';
}

/** Turns a limiter's rejection into RATE_LIMITED with the seconds to wait; other failures pass through. */
export function limitError(error: unknown): unknown {
  if (!isLimitReached(error)) return error;
  const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  return new AppError('RATE_LIMITED', `retry after ${retryAfterSeconds}s`, { retryAfterSeconds });
}

/**
 * Counts one use; over the limit throws RATE_LIMITED (HTTP 429) with the seconds to wait. The key is a
 * client key (lib/crypto/client-key) for public limits, the account id for account limits.
 */
export async function consumeLimit(limit: PublicLimit | AccountLimit, key: string): Promise<void> {
  try {
    await (await limiters())[limit].consume(key);
  } catch (error) {
    throw limitError(error);
  }
}

/** How many uses a key has left now, and in how long the window resets, without counting one. */
export async function peekLimit(limit: PublicLimit | AccountLimit, key: string): Promise<{ remaining: number; msBeforeNext: number }> {
  const limiter = (await limiters())[limit];
  const used = await limiter.get(key);
  return used
    ? { remaining: Math.max(0, limiter.points - used.consumedPoints), msBeforeNext: used.msBeforeNext }
    : { remaining: limiter.points, msBeforeNext: 0 };
}
