import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { inMemoryAdapter } from './adapter';
import { getDb } from './client';
import { MIGRATIONS_DIR, SCHEMA_FILE } from './paths';
import { diffMigrationsToSchema } from './schema-engine';

describe('migrations', () => {
  it('match schema.prisma exactly (run `npm run db:migration -- <name>` after changing the schema)', async () => {
    const schema = await readFile(SCHEMA_FILE, 'utf8');
    const { drift, sql } = await diffMigrationsToSchema(inMemoryAdapter(), MIGRATIONS_DIR, schema);
    expect(sql).toBe('');
    expect(drift).toBe(false);
  });

  it('report drift when a field is added to the schema without a migration', async () => {
    const schema = await readFile(SCHEMA_FILE, 'utf8');
    const changed = schema.replace(/model Topic \{/, 'model Topic {\n  colour String?');
    const { drift, sql } = await diffMigrationsToSchema(inMemoryAdapter(), MIGRATIONS_DIR, changed);
    expect(drift).toBe(true);
    expect(sql).toMatch(/ALTER TABLE "Topic" ADD COLUMN\s+"colour" TEXT/);
  });

  it('were all applied to the test database', async () => {
    const db = await getDb();
    const rows = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(folders.sort());
  });
});
