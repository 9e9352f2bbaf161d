import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '@/lib/errors';
import { getEnv, isEmbeddedDatabase } from '@/lib/env';

let cached: string | undefined;

/**
 * The application secret (session signing, keyed hashes). From NEXTAUTH_SECRET; only the embedded
 * demo database may fall back to a random secret kept beside its data, so `npm run demo` needs no setup.
 * With PostgreSQL a missing secret is a configuration error: fail closed.
 */
export function getAppSecret(): string {
  if (cached) return cached;
  const env = getEnv();
  if (env.NEXTAUTH_SECRET) return (cached = env.NEXTAUTH_SECRET);
  if (!isEmbeddedDatabase(env)) throw new AppError('CONFIG', 'NEXTAUTH_SECRET is required when DATABASE_URL is set');

  const file = path.resolve(path.dirname(path.resolve(env.PGLITE_DATA_DIR)), 'app-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    cached = randomBytes(32).toString('base64url');
    writeFileSync(file, cached, { mode: 0o600, flag: 'wx' });
  }
  return cached;
}
