import { describe, expect, it } from 'vitest';
import { configurationProblems, getEnv, isEmbeddedDatabase } from './env';

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

describe('configurationProblems', () => {
  const pg = { DATABASE_URL: 'postgresql://sajam@db/sajam' };
  const secrets = { NEXTAUTH_SECRET: 'a'.repeat(32), SAJAM_DATA_KEY: 'b'.repeat(32), SAJAM_TRACKING_KEY: 'c'.repeat(32) };
  const production = { ...pg, ...secrets, NODE_ENV: 'production', NEXTAUTH_URL: 'https://sajam.example' };

  it('accepts the embedded demo with no settings, and a complete production deployment', () => {
    expect(configurationProblems({})).toEqual([]);
    // The production build on the embedded database (npm run demo sets NEXTAUTH_URL itself).
    expect(configurationProblems({ NODE_ENV: 'production' })).toEqual([]);
    expect(configurationProblems(production)).toEqual([]);
  });

  it('names each setting a chosen option still needs', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://s3.local' }, /STORAGE_DRIVER=s3 needs/],
      [{ SAJAM_SMS_PROVIDER: 'http' }, /SAJAM_SMS_HTTP_URL/],
      [{ SAJAM_EMAIL_PROVIDER: 'smtp' }, /SAJAM_SMTP_URL/],
      [{ SAJAM_VETTING_PROVIDER: 'http' }, /SAJAM_IDENTITY_HTTP_URL/],
      [{ ...pg }, /needs NEXTAUTH_SECRET/],
      [{ ...pg, NODE_ENV: 'production', NEXTAUTH_SECRET: 'a'.repeat(32) }, /SAJAM_DATA_KEY/],
      [{ ...production, SAJAM_TRACKING_KEY: 'a'.repeat(32) }, /must all differ/],
      [{ ...production, SAJAM_DEV_OUTBOX: 'on' }, /SAJAM_DEV_OUTBOX/],
      [{ ...production, NEXTAUTH_URL: '' }, /needs NEXTAUTH_URL/],
      [{ NEXTAUTH_URL: 'localhost:3000' }, /NEXTAUTH_URL must be an http/],
      [{ NEXTAUTH_URL: 'javascript://sajam.example' }, /NEXTAUTH_URL must be an http/],
      [{ SAJAM_TRUSTED_PROXIES: 'nginx' }, /SAJAM_TRUSTED_PROXIES/],
    ];
    for (const [env, message] of cases) expect(configurationProblems(env).join('\n'), JSON.stringify(env)).toMatch(message);
  });
});
