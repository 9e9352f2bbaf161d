import { describe, expect, it } from 'vitest';
import { getEnv, isEmbeddedDatabase } from './env';

describe('getEnv', () => {
  it('defaults to the embedded database when DATABASE_URL is unset or blank', () => {
    expect(isEmbeddedDatabase(getEnv({}))).toBe(true);
    expect(isEmbeddedDatabase(getEnv({ DATABASE_URL: '  ' }))).toBe(true);
    expect(getEnv({}).PGLITE_DATA_DIR).toBe('.data/pglite');
  });

  it('selects PostgreSQL for a postgresql:// URL and parses the pool size', () => {
    const env = getEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/sajam', DATABASE_POOL_MAX: '25' });
    expect(isEmbeddedDatabase(env)).toBe(false);
    expect(env.DATABASE_POOL_MAX).toBe(25);
  });

  it('rejects a non-PostgreSQL URL and a short secret', () => {
    expect(() => getEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/postgresql/);
    expect(() => getEnv({ NEXTAUTH_SECRET: 'short' })).toThrow(/32 characters/);
  });
});
