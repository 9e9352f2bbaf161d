import 'server-only';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { limitError } from './public-limits';

// Each Open311 key has its own requests-per-minute (ApiKey.ratePerMinute). rate-limiter-flexible fixes
// the points per limiter, so there is one limiter per distinct rate, keyed by the key's id. In memory,
// like every other limit here (one app process per deployment, docs/architecture.md); the library's
// PostgreSQL store is the drop-in when there are several.
const g = globalThis as { __sajamApiKeyLimits?: Map<number, RateLimiterMemory> };

function limiterFor(ratePerMinute: number): RateLimiterMemory {
  const limiters = (g.__sajamApiKeyLimits ??= new Map());
  let limiter = limiters.get(ratePerMinute);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: `api-key-${ratePerMinute}`, points: ratePerMinute, duration: 60 });
    limiters.set(ratePerMinute, limiter);
  }
  return limiter;
}

/** Counts one request of this key; over its limit throws RATE_LIMITED (HTTP 429) with the seconds to wait. */
export async function consumeApiKeyLimit({ apiKeyId, ratePerMinute }: { apiKeyId: string; ratePerMinute: number }): Promise<void> {
  try {
    await limiterFor(ratePerMinute).consume(apiKeyId);
  } catch (error) {
    throw limitError(error);
  }
}
