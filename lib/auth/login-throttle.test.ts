import { describe, expect, it } from 'vitest';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ACCOUNT_GLOBAL,
  MAX_FAILURES_PER_CLIENT,
  clearLoginFailures,
  failureDelayMs,
  loginRetryAfter,
  recordLoginFailure,
} from './login-throttle';

describe('login throttle', () => {
  it('slows answers after repeated failures, with a cap', () => {
    expect([1, 2, 3, 4, 5, 9].map(failureDelayMs)).toEqual([0, 0, 500, 1000, 2000, 4000]);
  });

  it('locks the client that guesses an account, not the account for everyone, and unlocks it after a success', async () => {
    const account = `acct-${Math.random()}`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await recordLoginFailure(account, 'guesser');
    expect(await loginRetryAfter(account, 'guesser')).toBe(0);
    await recordLoginFailure(account, 'guesser');
    expect(await loginRetryAfter(account, 'guesser')).toBeGreaterThan(0);
    expect(await loginRetryAfter(account, 'owner')).toBe(0);
    await clearLoginFailures(account, 'guesser');
    expect(await loginRetryAfter(account, 'guesser')).toBe(0);
  });

  it('does not let five clients lock the owner out (the lockout attack), but locks an account under a large distributed attack', async () => {
    const account = `acct-${Math.random()}`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordLoginFailure(account, `attacker-${i}`);
    expect(await loginRetryAfter(account, 'owner')).toBe(0);
    for (let i = MAX_FAILURES_PER_ACCOUNT; i < MAX_FAILURES_PER_ACCOUNT_GLOBAL; i++) await recordLoginFailure(account, `attacker-${i % 25}`);
    expect(await loginRetryAfter(account, 'owner')).toBeGreaterThan(0);
  });

  it('blocks a client that tries many accounts', async () => {
    const client = `client-${Math.random()}`;
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) await recordLoginFailure(`acct-${i}-${client}`, client);
    expect(await loginRetryAfter('fresh-account', client)).toBeGreaterThan(0);
  });
});
