import 'server-only';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';

// Per-client limits on the public forms. Keys are keyed hashes of the client address (lib/crypto/client-key),
// held only in this process's memory with a time-to-live: nothing about a visitor is written anywhere.
export type PublicLimit = 'submit' | 'track' | 'otp';
/** Per-account limits: `identityStep` — the application's identity and contact steps (10 saves an hour), so an account cannot probe codes or addresses in bulk. */
export type AccountLimit = 'identityStep';
export const IDENTITY_STEPS_PER_HOUR = 10;

const g = globalThis as { __sajamLimits?: Record<PublicLimit | AccountLimit, RateLimiterMemory> };

function limiters(): Record<PublicLimit | AccountLimit, RateLimiterMemory> {
  const env = getEnv();
  return (g.__sajamLimits ??= {
    submit: new RateLimiterMemory({ keyPrefix: 'submit', points: env.SAJAM_RATE_SUBMIT_PER_HOUR, duration: 60 * 60 }),
    track: new RateLimiterMemory({ keyPrefix: 'track', points: env.SAJAM_RATE_TRACK_PER_10MIN, duration: 10 * 60 }),
    otp: new RateLimiterMemory({ keyPrefix: 'otp', points: env.SAJAM_RATE_OTP_PER_HOUR, duration: 60 * 60 }),
    identityStep: new RateLimiterMemory({ keyPrefix: 'identity-step', points: IDENTITY_STEPS_PER_HOUR, duration: 60 * 60 }),
  });
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
    await limiters()[limit].consume(key);
  } catch (error) {
    throw limitError(error);
  }
}

/** How many uses a key has left now, and in how long the window resets, without counting one. */
export async function peekLimit(limit: PublicLimit | AccountLimit, key: string): Promise<{ remaining: number; msBeforeNext: number }> {
  const limiter = limiters()[limit];
  const used = await limiter.get(key);
  return used
    ? { remaining: Math.max(0, limiter.points - used.consumedPoints), msBeforeNext: used.msBeforeNext }
    : { remaining: limiter.points, msBeforeNext: 0 };
}
