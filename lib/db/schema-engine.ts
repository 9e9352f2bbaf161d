/* eslint-disable @typescript-eslint/no-explicit-any -- the wasm-bindgen glue and the adapters' internals are untyped */
/**
 * Minimal driver for Prisma's WebAssembly schema engine (no native binary).
 *
 * Versions verified: @prisma/schema-engine-wasm@8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323,
 * @prisma/driver-adapter-utils@7.10.0, @prisma/adapter-pg@7.10.0, pglite-prisma-adapter@0.7.2.
 */
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine, MigrationList, DiffTarget, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';

export type { SchemaEngine, MigrationList };

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
const LOCKFILE = 'migration_lock.toml';
const MIGRATION_FILE = 'migration.sql';
/** Name the engine reports schema files under (used in error messages only). */
const SCHEMA_PATH = 'schema.prisma';

// ---------------------------------------------------------------------------
// One-time wasm initialisation
// ---------------------------------------------------------------------------

let ready: Promise<void> | undefined;

/** Loads and instantiates schema_engine_bg.wasm once per process. */
export function initSchemaEngineWasm(): Promise<void> {
  ready ??= (async () => {
    // The glue reads `global.PRISMA_WASM_PANIC_REGISTRY.set_message(msg)` on Rust panics;
    // the Prisma CLI also calls `.get()` to build the error. Same shape as the CLI's class.
    const g = globalThis as any;
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: '',
      get() {
        return `${this.message}`;
      },
      set_message(m: string) {
        this.message = `RuntimeError: ${m}`;
      },
    };
    // The package "exports" does not expose the .wasm. Read it from the project's node_modules:
    // a bundler rewrites require.resolve() into a module id, so resolution must not go through it.
    const bytes = await readFile(path.resolve('node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm'));
    // All wasm imports live under the module name "./schema_engine_bg.js".
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue as any });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as any).__wbindgen_start();
  })();
  return ready;
}

// ---------------------------------------------------------------------------
// Engine lifecycle
// ---------------------------------------------------------------------------

export type EngineHandle = {
  engine: SchemaEngine;
  /** Frees the wasm-side engine. Safe to call twice. Also available via `using`. */
  dispose(): void;
  [Symbol.dispose](): void;
};

export type LogFn = (line: string) => void;

/**
 * Creates a schema engine bound to a driver-adapter factory (PrismaPg, PrismaPGlite, ...).
 * `schemaText` is optional: the engine accepts `datamodels: undefined` for migrate-only use.
 */
export async function createSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaText?: string,
  log: LogFn = () => {},
): Promise<EngineHandle> {
  await initSchemaEngineWasm();
  const datamodels: [string, string][] | undefined = schemaText === undefined ? undefined : [[SCHEMA_PATH, schemaText]];
  const engine = await glue.SchemaEngine.new(
    { datamodels },
    (...args: unknown[]) => log(args.map(String).join(' ')),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  let freed = false;
  const dispose = () => {
    if (!freed) {
      freed = true;
      engine.free();
    }
  };
  return { engine, dispose, [Symbol.dispose]: dispose };
}

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaText: string | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const h = await createSchemaEngine(adapterFactory, schemaText);
  try {
    return await fn(h.engine);
  } finally {
    h.dispose();
  }
}

// ---------------------------------------------------------------------------
// Migrations directory <-> engine MigrationList
// ---------------------------------------------------------------------------

/** Reads `<dir>/<name>/migration.sql` + `<dir>/migration_lock.toml` exactly like the Prisma CLI does. */
export async function readMigrationsList(migrationsDir: string, shadowDbInitScript = ''): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockContent = await readFile(path.join(baseDir, LOCKFILE), 'utf8').catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((e) => e.isDirectory())
      .map(async (e) => ({
        path: e.name,
        migrationFile: {
          path: MIGRATION_FILE,
          content: await readFile(path.join(baseDir, e.name, MIGRATION_FILE), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (err: Error) => ({ tag: 'error' as const, value: err.message }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile: { path: LOCKFILE, content: lockContent }, shadowDbInitScript, migrationDirectories };
}

/** Writes `<dir>/<timestamp>_<name>/migration.sql` (+ lockfile if missing). Returns the folder name. */
export async function writeMigration(migrationsDir: string, name: string, sql: string, date = new Date()): Promise<string> {
  const ts = date.toISOString().replace(/\D/g, '').slice(0, 14); // YYYYMMDDHHMMSS
  const folder = `${ts}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  await mkdir(path.join(migrationsDir, folder), { recursive: true });
  await writeFile(path.join(migrationsDir, folder, MIGRATION_FILE), sql);
  const lock = path.join(migrationsDir, LOCKFILE);
  await readFile(lock).catch(() =>
    writeFile(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n'),
  );
  return folder;
}

// ---------------------------------------------------------------------------
// High-level operations
// ---------------------------------------------------------------------------

export type DiffOutcome = {
  /** Executable SQL; '' when migrations and schema are in sync. */
  sql: string;
  /** true when the schema has changes not covered by the migrations. */
  drift: boolean;
};

/**
 * Diff "what the migrations produce" -> "what the schema describes".
 * With ≥1 migration the engine replays them on a shadow DB obtained through
 * `adapterFactory.connectToShadowDb()`. USE A PGlite FACTORY HERE (e.g. `new PrismaPGlite(new PGlite())`,
 * whose shadow is a fresh in-memory PGlite) even when the target is real PostgreSQL: the result
 * only depends on migrations + schema. @prisma/adapter-pg@7.10.0 cannot be used for this
 * (see NOTES.md: shadow-db bugs + "Column type 'char' could not be deserialized").
 * With no migrations it diffs from `{tag:'empty'}`; no database is touched at all.
 */
export async function diffMigrationsToSchema(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir: string,
  schemaText: string,
): Promise<DiffOutcome> {
  const list = await readMigrationsList(migrationsDir);
  const from: DiffTarget = list.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...list };
  const to: DiffTarget = { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schemaText }] };
  let guardError: Error | undefined;
  const factory = hardenFactory(adapterFactory, (e) => (guardError = e));
  return withEngine(factory, schemaText, async (engine) => {
    const res = await engine.diff({ from, to, script: true, exitCode: true, filters: NO_FILTER }).catch((e) => Promise.reject(guardError ?? e));
    const drift = res.exitCode === 2;
    return { drift, sql: drift ? (res.stdout ?? '') : '' };
  });
}

/**
 * pglite-prisma-adapter@0.7.2 `executeScript()` calls `client.exec(script)` WITHOUT awaiting it:
 * a failing migration is recorded as applied in `_prisma_migrations` and its error becomes an
 * unhandled rejection that kills the process. Patch the instance to await it.
 */
function patchPGliteAdapter<T extends SqlDriverAdapter>(adapter: T, closeOnDispose: boolean): T {
  const a = adapter as any;
  if (a.adapterName === '@prisma/adapter-pg' && typeof a.client?.query === 'function') {
    // @prisma/adapter-pg@7.10.0 splits a script on every ";", which breaks function bodies ($$ … ; … $$).
    // PostgreSQL runs a multi-statement script itself through the simple query protocol.
    a.executeScript = async (script: string) => {
      try {
        await a.client.query(script);
      } catch (e) {
        a.onError(e);
      }
    };
    return adapter;
  }
  if (a.adapterName !== 'pglite-prisma-adapter' || typeof a.client?.exec !== 'function') return adapter;
  a.executeScript = async (script: string) => {
    try {
      await a.client.exec(script);
    } catch (e) {
      a.onError(e); // rethrows as DriverAdapterError for pglite DatabaseErrors
    }
  };
  if (closeOnDispose) {
    // its connectToShadowDb() creates `new PGlite('memory://shadow')` and never closes it
    const dispose = a.dispose.bind(a);
    a.dispose = async () => {
      await dispose();
      await a.client.close?.();
    };
  }
  return adapter;
}

/**
 * Wraps an adapter factory before it goes to the engine:
 *  - applies the PGlite executeScript fix (above) to main and shadow connections;
 *  - makes `connectToShadowDb()` refuse a shadow database that already contains tables. This
 *    catches @prisma/adapter-pg@7.10.0 + `new PrismaPg({ connectionString })`: its shadow pool is
 *    `new Pool({ ...config, database: shadow })` but node-postgres lets `connectionString` override
 *    `database`, so the "shadow" is the MAIN db and the engine would replay every migration on it.
 *    `onReject` gets the error because the engine reports only "Failed to connect to the shadow database".
 */
export function hardenFactory(factory: SqlMigrationAwareDriverAdapterFactory, onReject: (e: Error) => void = () => {}): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patchPGliteAdapter(await factory.connect(), false),
    connectToShadowDb: async () => {
      const shadow = patchPGliteAdapter(await factory.connectToShadowDb(), true);
      const rs = await shadow.queryRaw({
        sql: `SELECT current_database() AS db, (SELECT count(*) FROM information_schema.tables
              WHERE table_schema NOT IN ('pg_catalog','information_schema')) AS n`,
        args: [],
        argTypes: [],
      });
      const [db, n] = rs.rows[0] as [string, unknown];
      if (Number(n) > 0) {
        await shadow.dispose();
        const e = new Error(`Shadow database "${db}" is not empty (${n} tables); refusing to use it.`);
        onReject(e);
        throw e;
      }
      return shadow;
    },
  };
}

/** Applies all unapplied migrations in `migrationsDir`; returns names applied now ([] on rerun). */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory, migrationsDir: string): Promise<string[]> {
  const migrationsList = await readMigrationsList(migrationsDir);
  return withEngine(hardenFactory(adapterFactory), undefined, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
}
