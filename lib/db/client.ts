import 'server-only';
import { getEnv } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { openAdapter, type OpenAdapter } from './adapter';
import { MIGRATIONS_DIR } from './paths';
import { applyMigrations } from './schema-engine';

export type Db = PrismaClient;
export type DbEngine = OpenAdapter['engine'];

type Opened = { client: Db; engine: DbEngine; close: () => Promise<void> };
// One client per process, kept across dev hot reloads.
const g = globalThis as { __sajamDb?: Promise<Opened> };

/** The shared Prisma client: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite (migrated on open). */
export async function getDb(): Promise<Db> {
  return (await opened()).client;
}

export async function getDbEngine(): Promise<DbEngine> {
  return (await opened()).engine;
}

/** Whether this process has opened the database (a test file that never touched it need not open it to clean up). */
export function isDbOpen(): boolean {
  return g.__sajamDb !== undefined;
}

/** Closes the connection (tests and scripts); the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const current = g.__sajamDb;
  g.__sajamDb = undefined;
  if (current) await (await current).close();
}

function opened(): Promise<Opened> {
  g.__sajamDb ??= open().catch((error: unknown) => {
    g.__sajamDb = undefined;
    throw error;
  });
  return g.__sajamDb;
}

async function open(): Promise<Opened> {
  const env = getEnv();
  const { adapter, engine, close } = await openAdapter(env);
  // PGlite serves one process, so the app itself brings the embedded database up to date.
  if (engine === 'pglite' && env.SAJAM_AUTO_MIGRATE === 'true') await applyMigrations(adapter, MIGRATIONS_DIR);
  const client = new PrismaClient({ adapter });
  return {
    client,
    engine,
    close: async () => {
      await client.$disconnect();
      await close();
    },
  };
}
