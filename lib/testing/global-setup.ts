// One fresh database per test run: a new PostgreSQL database when TEST_DATABASE_URL is set,
// otherwise a new PGlite data folder. Migrated here, before any test file opens it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openAdapter } from '@/lib/db/adapter';
import { MIGRATIONS_DIR } from '@/lib/db/paths';
import { applyMigrations } from '@/lib/db/schema-engine';
import { getEnv } from '@/lib/env';

export default async function setup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let teardown: () => Promise<void>;

  if (serverUrl) {
    const name = `sajam_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    teardown = () => withAdmin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  } else {
    delete process.env.DATABASE_URL;
    const dir = await mkdtemp(path.join(tmpdir(), 'sajam-test-'));
    process.env.PGLITE_DATA_DIR = path.join(dir, 'pglite');
    teardown = () => rm(dir, { recursive: true, force: true });
    process.env.STORAGE_DIR = path.join(dir, 'uploads');
  }
  process.env.SAJAM_AUTO_MIGRATE = 'false';
  process.env.STORAGE_DIR ??= path.join(await mkdtemp(path.join(tmpdir(), 'sajam-uploads-')), 'uploads');
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-integration-test-secret';

  const { adapter, close } = await openAdapter(getEnv());
  try {
    await applyMigrations(adapter, MIGRATIONS_DIR);
  } finally {
    await close();
  }
  return teardown;
}

async function withAdmin(url: string, fn: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}
