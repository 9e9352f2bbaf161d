// `prisma generate` refuses to start unless it can find a schema engine binary, which it would
// download from a host these machines cannot reach. Generation never runs that binary, so any
// existing file satisfies the check; migrations use the WASM engine instead (lib/db/schema-engine.ts).
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
