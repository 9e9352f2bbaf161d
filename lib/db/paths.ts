import path from 'node:path';

// Resolved from the working directory: the app, scripts and tests all run from the repository root.
export const SCHEMA_FILE = path.resolve('prisma/schema.prisma');
export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
