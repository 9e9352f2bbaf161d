import { defineConfig } from 'prisma/config';

// The prisma CLI is used only for `generate` here; migrations run through scripts/db-*.ts (WASM engine).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
