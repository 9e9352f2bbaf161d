// npm run db:migrate — applies prisma/migrations to the configured database (PGlite or PostgreSQL).
import { openAdapter } from '@/lib/db/adapter';
import { MIGRATIONS_DIR } from '@/lib/db/paths';
import { applyMigrations } from '@/lib/db/schema-engine';
import { getEnv } from '@/lib/env';

const { adapter, engine, close } = await openAdapter(getEnv());
try {
  const applied = await applyMigrations(adapter, MIGRATIONS_DIR);
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${engine}: ${applied.join(', ')}` : `${engine}: already up to date`);
} finally {
  await close();
}
