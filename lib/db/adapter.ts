import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Env } from '@/lib/env';

export type OpenAdapter = {
  adapter: PrismaPg | PrismaPGlite;
  engine: 'pglite' | 'postgresql';
  close: () => Promise<void>;
};

/** The driver adapter for the configured database: PostgreSQL with DATABASE_URL, else PGlite in PGLITE_DATA_DIR. */
export async function openAdapter(env: Env): Promise<OpenAdapter> {
  if (env.DATABASE_URL) {
    return {
      adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX }),
      engine: 'postgresql',
      close: async () => {},
    };
  }
  const dataDir = path.resolve(env.PGLITE_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  return { adapter: new PrismaPGlite(pglite), engine: 'pglite', close: () => pglite.close() };
}

/** A throwaway in-memory database: the schema engine's shadow for diffs, whatever the real database is. */
export function inMemoryAdapter(): PrismaPGlite {
  return new PrismaPGlite(new PGlite());
}
