import { RateLimiterMemory } from 'rate-limiter-flexible';
import { describe, expect, it, vi } from 'vitest';
import { getEnv } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { settingDefaults } from '@/lib/settings/registry';
import { consumeLimit, isLimitReached, limitError } from './public-limits';

// The defaults of the environment, without a database (the integration test covers a changed limit).
vi.mock('@/lib/settings/get-settings', () => ({ getSettings: async () => settingDefaults(getEnv({})) }));

describe('public form limits', () => {
  it('allow 10 submissions an hour per client, then answer RATE_LIMITED with the seconds to wait', async () => {
    for (let i = 0; i < 10; i++) await consumeLimit('submit', 'client-a');
    const error = await consumeLimit('submit', 'client-a').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(isAppError(error) && error.retryAfterSeconds).toBeGreaterThan(3500);
    await expect(consumeLimit('submit', 'client-b')).resolves.toBeUndefined();
  });

  it('allow 20 tracking lookups per 10 minutes per client', async () => {
    for (let i = 0; i < 20; i++) await consumeLimit('track', 'client-c');
    await expect(consumeLimit('track', 'client-c')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it("recognises a limit reached by another bundle's copy of the library (no instanceof)", async () => {
    // What Next.js does: the limiter on globalThis was built by one bundle, caught in another whose
    // RateLimiterRes is a different class. Simulate it with a structurally equal foreign class.
    class ForeignRateLimiterRes {
      msBeforeNext = 125_000;
      remainingPoints = 0;
      consumedPoints = 21;
      isFirstInDuration = false;
    }
    const g = globalThis as { __sajamLimits?: Record<string, unknown> };
    const saved = g.__sajamLimits;
    g.__sajamLimits = {
      submit: { points: 10, consume: () => Promise.reject(new ForeignRateLimiterRes()) },
      track: { points: 20 },
      otp: { points: 5 },
      identityStep: { points: 10 },
    };
    try {
      const error = await consumeLimit('submit', 'client-d').catch((e: unknown) => e);
      expect(isAppError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 125 });
    } finally {
      g.__sajamLimits = saved;
    }
  });

  it('passes store failures through as errors, not as a limit', async () => {
    const failure = new Error('store down');
    expect(isLimitReached(failure)).toBe(false);
    expect(limitError(failure)).toBe(failure);
    const real = await new RateLimiterMemory({ points: 1, duration: 60 }).consume('k', 2).catch((e: unknown) => e);
    expect(isLimitReached(real)).toBe(true);
  });
});
