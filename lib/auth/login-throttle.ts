import 'server-only';
import { RateLimiterMemory } from 'rate-limiter-flexible';

// Failed logins, counted three ways (keys: an account key and a client key, lib/crypto/client-key).
// In memory: one app process per deployment today; rate-limiter-flexible's Postgres store is the
// drop-in for more.
//
// The per-account lock used to count failures from anyone, so five wrong passwords from five
// addresses locked the real owner out for 15 minutes, again and again (issue #9, outside test). Now:
// - one client guessing one account is locked after MAX_FAILURES_PER_ACCOUNT (5) — the owner,
//   elsewhere, is not;
// - one client guessing many accounts is locked after MAX_FAILURES_PER_CLIENT (20);
// - an account under a distributed attack is locked for everyone only after MAX_FAILURES_PER_ACCOUNT_GLOBAL
//   (100) failures from at least five clients' worth of limits, which a single attacker cannot reach
//   cheaply, and every answer after the second failure is slowed (failureDelayMs).
const WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_CLIENT = 20;
export const MAX_FAILURES_PER_ACCOUNT_GLOBAL = 100;

type Limiters = { pair: RateLimiterMemory; client: RateLimiterMemory; account: RateLimiterMemory };
const g = globalThis as { __sajamLoginLimiters2?: Limiters };
const limiters = (g.__sajamLoginLimiters2 ??= {
  pair: new RateLimiterMemory({ keyPrefix: 'login-pair', points: MAX_FAILURES_PER_ACCOUNT, duration: WINDOW_SECONDS }),
  client: new RateLimiterMemory({ keyPrefix: 'login-client', points: MAX_FAILURES_PER_CLIENT, duration: WINDOW_SECONDS }),
  account: new RateLimiterMemory({ keyPrefix: 'login-account', points: MAX_FAILURES_PER_ACCOUNT_GLOBAL, duration: WINDOW_SECONDS }),
});

const pairKey = (accountKey: string, clientKey: string) => `${accountKey}|${clientKey}`;

async function failures(limiter: RateLimiterMemory, key: string): Promise<number> {
  return (await limiter.get(key))?.consumedPoints ?? 0;
}

/** Seconds until this client may try this account again, or 0 when it may now. */
export async function loginRetryAfter(accountKey: string, clientKey: string): Promise<number> {
  const [pair, client, account] = await Promise.all([
    limiters.pair.get(pairKey(accountKey, clientKey)),
    limiters.client.get(clientKey),
    limiters.account.get(accountKey),
  ]);
  const blocked = [
    pair && pair.consumedPoints >= MAX_FAILURES_PER_ACCOUNT ? pair.msBeforeNext : 0,
    client && client.consumedPoints >= MAX_FAILURES_PER_CLIENT ? client.msBeforeNext : 0,
    account && account.consumedPoints >= MAX_FAILURES_PER_ACCOUNT_GLOBAL ? account.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

/** Counts a failure and returns the number that decides the delay: this client's failures on this account or overall. */
export async function recordLoginFailure(accountKey: string, clientKey: string): Promise<number> {
  const consume = (limiter: RateLimiterMemory, key: string) => limiter.consume(key).catch(() => undefined);
  await Promise.all([consume(limiters.pair, pairKey(accountKey, clientKey)), consume(limiters.client, clientKey), consume(limiters.account, accountKey)]);
  return Math.max(await failures(limiters.pair, pairKey(accountKey, clientKey)), await failures(limiters.client, clientKey));
}

/** After a successful login: this client's failures on this account are forgotten. */
export async function clearLoginFailures(accountKey: string, clientKey: string): Promise<void> {
  await limiters.pair.delete(pairKey(accountKey, clientKey));
}

/** After the second failure each answer waits longer: 0.5 s, 1 s, 2 s, capped at 4 s. */
export function failureDelayMs(failureCount: number): number {
  return failureCount <= 2 ? 0 : Math.min(4000, 500 * 2 ** (failureCount - 3));
}
