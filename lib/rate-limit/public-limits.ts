import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';

// Per-client limits on the public forms. Keys are keyed hashes of the client address (lib/crypto/client-key),
// held only in this process's memory with a time-to-live: nothing about a visitor is written anywhere.
export type PublicLimit = 'submit' | 'track' | 'otp';

const g = globalThis as { __sajamPublicLimits?: Record<PublicLimit, RateLimiterMemory> };

function limiters(): Record<PublicLimit, RateLimiterMemory> {
  const env = getEnv();
  return (g.__sajamPublicLimits ??= {
    submit: new RateLimiterMemory({ keyPrefix: 'submit', points: env.SAJAM_RATE_SUBMIT_PER_HOUR, duration: 60 * 60 }),
    track: new RateLimiterMemory({ keyPrefix: 'track', points: env.SAJAM_RATE_TRACK_PER_10MIN, duration: 10 * 60 }),
    otp: new RateLimiterMemory({ keyPrefix: 'otp', points: env.SAJAM_RATE_OTP_PER_HOUR, duration: 60 * 60 }),
  });
}

/** Counts one use; over the limit throws RATE_LIMITED (HTTP 429) with the seconds to wait. */
export async function consumePublicLimit(limit: PublicLimit, key: string): Promise<void> {
  try {
    await limiters()[limit].consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError('RATE_LIMITED', `retry after ${Math.ceil(error.msBeforeNext / 1000)}s`);
    throw error;
  }
}
