import 'server-only';
import { RateLimiterMemory } from 'rate-limiter-flexible';

// Failed logins per account and per client (a keyed hash of its address). In memory: one app
// process per deployment today; rate-limiter-flexible's Postgres store is the drop-in for more.
const WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_CLIENT = 20;

type Limiters = { account: RateLimiterMemory; client: RateLimiterMemory };
const g = globalThis as { __sajamLoginLimiters?: Limiters };
const limiters = (g.__sajamLoginLimiters ??= {
  account: new RateLimiterMemory({ keyPrefix: 'login-account', points: MAX_FAILURES_PER_ACCOUNT, duration: WINDOW_SECONDS }),
  client: new RateLimiterMemory({ keyPrefix: 'login-client', points: MAX_FAILURES_PER_CLIENT, duration: WINDOW_SECONDS }),
});

async function failures(limiter: RateLimiterMemory, key: string): Promise<number> {
  return (await limiter.get(key))?.consumedPoints ?? 0;
}

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function loginRetryAfter(accountKey: string, clientKey: string): Promise<number> {
  const [account, client] = await Promise.all([limiters.account.get(accountKey), limiters.client.get(clientKey)]);
  const blocked = [
    account && account.consumedPoints >= MAX_FAILURES_PER_ACCOUNT ? account.msBeforeNext : 0,
    client && client.consumedPoints >= MAX_FAILURES_PER_CLIENT ? client.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

/** Counts a failure and returns the larger of the two failure counts. */
export async function recordLoginFailure(accountKey: string, clientKey: string): Promise<number> {
  const consume = (limiter: RateLimiterMemory, key: string) => limiter.consume(key).catch(() => undefined);
  await Promise.all([consume(limiters.account, accountKey), consume(limiters.client, clientKey)]);
  return Math.max(await failures(limiters.account, accountKey), await failures(limiters.client, clientKey));
}

export async function clearLoginFailures(accountKey: string): Promise<void> {
  await limiters.account.delete(accountKey);
}

/** After the second failure each answer waits longer: 0.5 s, 1 s, 2 s, capped at 4 s. */
export function failureDelayMs(failureCount: number): number {
  return failureCount <= 2 ? 0 : Math.min(4000, 500 * 2 ** (failureCount - 3));
}
