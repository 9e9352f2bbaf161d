// Rows for PostgreSQL's COPY, typed by the generated Prisma client so they cannot drift from the schema:
// a row may only name columns of its model (Prisma's createMany input), so a renamed or dropped column
// fails `npm run typecheck`, and the COPY column list is derived from the row itself, never written twice.
// At run time each table's column list is checked against the live database as its first row is
// encoded (before anything is sent), with an error that names the table and the column.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The tables the large seed fills, with the model input that defines their columns. */
export type Tables = {
  Core: Prisma.CoreCreateManyInput;
  User: Prisma.UserCreateManyInput;
  Member: Prisma.MemberCreateManyInput;
  Report: Prisma.ReportCreateManyInput;
  Approval: Prisma.ApprovalCreateManyInput;
  Referral: Prisma.ReferralCreateManyInput;
  ReferralEvent: Prisma.ReferralEventCreateManyInput;
  ReportRating: Prisma.ReportRatingCreateManyInput;
};
export type TableName = keyof Tables;

type Value = string | number | boolean | Date | null | readonly string[];
/** A row of the model: only its own columns (no relations, no nested writes), plain values. */
export type Row<T extends TableName> = { [K in keyof Tables[T]]: Extract<Tables[T][K], Value> };

/** COPY text format: \N for null, the characters that would break a row escaped, arrays as literals. */
export function field(value: Value | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escape(`{${value.map((v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`);
  return escape(String(value));
}
const SPECIAL = /[\\\t\n\r]/;
const escape = (s: string) => (SPECIAL.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s);

/**
 * Encodes rows of one table into COPY lines. The first row fixes the column list (its keys, in
 * order) and is checked against the live table; every later row must fill exactly the same columns,
 * so a row that forgets one fails loudly instead of shifting values into the wrong column.
 */
export class CopyRows<T extends TableName> {
  #columns: string[] | undefined;
  // Kept rows wait as UTF-8 buffers of a few thousand lines each, outside the JavaScript heap: a million
  // reports bring ~12 million review steps and referral events, which as strings outgrew an 8 GB heap.
  readonly #kept: Buffer[] = [];
  #pending: string[] = [];
  #count = 0;

  constructor(
    readonly table: T,
    private readonly schema: LiveSchema,
  ) {}

  get columns(): readonly string[] {
    if (!this.#columns) throw new Error(`${this.table}: no row encoded yet, so no columns`);
    return this.#columns;
  }

  encode(row: Row<T>): string {
    const values = row as Record<string, Value | undefined>;
    const columns = this.#columns ?? this.#firstRow(values);
    // for…in in insertion order: the key check costs next to nothing on millions of rows.
    let line = '';
    let i = 0;
    for (const key in values) {
      if (key !== columns[i]) this.#mismatch(values);
      line += (i++ ? '\t' : '') + field(values[key]);
    }
    if (i !== columns.length) this.#mismatch(values);
    return `${line}\n`;
  }

  #firstRow(values: object): string[] {
    const columns = Object.keys(values);
    const problems = columnProblems(this.table, this.schema.get(this.table) ?? [], columns);
    if (problems.length) throw new SchemaMismatch(problems);
    return (this.#columns = columns);
  }

  #mismatch(values: object): never {
    throw new Error(
      `${this.table}: every row must fill the same columns in the same order; expected (${this.#columns!.join(', ')}), got (${Object.keys(values).join(', ')})`,
    );
  }

  /** Encodes and keeps the row, for tables written after others (their lines wait in memory). */
  push(row: Row<T>): void {
    this.#pending.push(this.encode(row));
    this.#count++;
    if (this.#pending.length >= 4096) this.#flush();
  }

  /** How many rows are kept. */
  get count(): number {
    return this.#count;
  }

  /** The kept rows, as COPY text in chunks. */
  kept(): Buffer[] {
    this.#flush();
    return this.#kept;
  }

  /** The kept rows as lines (for tests and small tables). */
  get lines(): string[] {
    return this.kept().flatMap((b) => b.toString('utf8').split(/(?<=\n)/));
  }

  #flush() {
    if (this.#pending.length === 0) return;
    this.#kept.push(Buffer.from(this.#pending.join(''), 'utf8'));
    this.#pending = [];
  }
}

export type ColumnInfo = {
  column_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  is_generated: 'ALWAYS' | 'NEVER';
  is_identity: 'YES' | 'NO';
};
export type LiveSchema = ReadonlyMap<string, readonly ColumnInfo[]>;

/** The seed and the database disagree: what to fix, table and column named. */
export class SchemaMismatch extends Error {
  constructor(readonly problems: string[]) {
    super(`db:seed:large no longer matches the database schema (run db:migrate, or update scripts/seed-large.ts):\n  ${problems.join('\n  ')}`);
  }
}

/** The columns of the tables the seed fills, as the database has them now. */
export async function liveSchema(client: pg.ClientBase): Promise<LiveSchema> {
  const tables: TableName[] = ['Core', 'User', 'Member', 'Report', 'Approval', 'Referral', 'ReferralEvent', 'ReportRating'];
  const { rows } = await client.query<ColumnInfo & { table_name: string }>(
    `SELECT table_name, column_name, is_nullable, column_default, is_generated, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ANY($1)`,
    [tables],
  );
  const schema = new Map<string, ColumnInfo[]>();
  for (const r of rows) schema.set(r.table_name, [...(schema.get(r.table_name) ?? []), r]);
  return schema;
}

/**
 * What is wrong with filling these columns of the live table: a column that does not exist or is
 * generated, or a column the database requires (NOT NULL without a default) that is not filled.
 */
export function columnProblems(table: string, live: readonly ColumnInfo[], columns: readonly string[]): string[] {
  if (!live.length) return [`table "${table}" does not exist`];
  const byName = new Map(live.map((c) => [c.column_name, c]));
  const problems: string[] = [];
  for (const c of columns) {
    const info = byName.get(c);
    if (!info) problems.push(`column "${c}" of table "${table}" does not exist (the seed fills it)`);
    else if (info.is_generated === 'ALWAYS') problems.push(`column "${c}" of table "${table}" is generated; the seed must not fill it`);
  }
  const filled = new Set(columns);
  for (const c of live) {
    if (c.is_nullable === 'NO' && c.column_default === null && c.is_generated !== 'ALWAYS' && c.is_identity !== 'YES' && !filled.has(c.column_name)) {
      problems.push(`column "${c.column_name}" of table "${table}" is required (NOT NULL, no default) and the seed does not fill it`);
    }
  }
  return problems;
}

/**
 * Sends rows with COPY … FROM STDIN: the given lines (generated while sending) in ~1 MB chunks, or else
 * the rows kept by `push`. The column list comes from the first row.
 */
export async function copy<T extends TableName>(client: pg.ClientBase, rows: CopyRows<T>, lines?: Iterable<string>): Promise<number> {
  if (!lines) {
    if (rows.count === 0) return 0; // nothing to write (a tiny data set), and no columns to name
    await send(client, rows, rows.kept());
    return rows.count;
  }
  const iterator = lines[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) return 0; // nothing to write (a tiny data set), and no columns to name
  let count = 0;
  function* chunks() {
    let buffer = first.value as string;
    count = 1;
    for (let r = iterator.next(); !r.done; r = iterator.next()) {
      buffer += r.value;
      count++;
      if (buffer.length > 1_000_000) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  await send(client, rows, chunks());
  return count;
}

async function send<T extends TableName>(client: pg.ClientBase, rows: CopyRows<T>, chunks: Iterable<string | Buffer>): Promise<void> {
  const columns = rows.columns;
  const sql = `COPY "${rows.table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
  try {
    await pipeline(Readable.from(chunks), client.query(copyFrom(sql)));
  } catch (error) {
    if (error instanceof SchemaMismatch) throw error; // a later table's first row, encoded during this COPY
    const e = error as pg.DatabaseError;
    const detail = [e.detail, e.where, e.column && `column ${e.column}`, e.constraint && `constraint ${e.constraint}`].filter(Boolean).join('; ');
    throw new Error(`COPY into "${rows.table}" (${columns.join(', ')}) failed: ${e.message}${detail ? ` (${detail})` : ''}`, { cause: error });
  }
}
