// npm run db:migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the existing migrations and prisma/schema.prisma.
import { readFile } from 'node:fs/promises';
import { inMemoryAdapter } from '@/lib/db/adapter';
import { MIGRATIONS_DIR, SCHEMA_FILE } from '@/lib/db/paths';
import { diffMigrationsToSchema, writeMigration } from '@/lib/db/schema-engine';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/i.test(name)) {
  console.error('Usage: npm run db:migration -- <name>   (letters, digits and _ only)');
  process.exit(2);
}

const { drift, sql } = await diffMigrationsToSchema(inMemoryAdapter(), MIGRATIONS_DIR, await readFile(SCHEMA_FILE, 'utf8'));
if (!drift) {
  console.log('schema.prisma matches the migrations: nothing to write.');
} else {
  const folder = await writeMigration(MIGRATIONS_DIR, name, sql);
  console.log(`Wrote prisma/migrations/${folder}/migration.sql`);
}
