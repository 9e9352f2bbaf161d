import { describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ACCOUNT, clearLoginFailures, failureDelayMs, loginRetryAfter, recordLoginFailure } from './login-throttle';

describe('login throttle', () => {
  it('slows answers after repeated failures, with a cap', () => {
    expect([1, 2, 3, 4, 5, 9].map(failureDelayMs)).toEqual([0, 0, 500, 1000, 2000, 4000]);
  });

  it('blocks an account after too many failures and unblocks it after a success', async () => {
    const account = `acct-${Math.random()}`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await recordLoginFailure(account, `client-${i}`);
    expect(await loginRetryAfter(account, 'client-x')).toBe(0);
    await recordLoginFailure(account, 'client-y');
    expect(await loginRetryAfter(account, 'client-z')).toBeGreaterThan(0);
    await clearLoginFailures(account);
    expect(await loginRetryAfter(account, 'client-z')).toBe(0);
  });

  it('blocks a client that tries many accounts', async () => {
    const client = `client-${Math.random()}`;
    for (let i = 0; i < 20; i++) await recordLoginFailure(`acct-${i}-${client}`, client);
    expect(await loginRetryAfter('fresh-account', client)).toBeGreaterThan(0);
  });
});
