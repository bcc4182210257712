import { createRequire } from 'node:module';
import { table as aqTable, type ColumnTable } from 'arquero';
import type { RecordType } from '../model/record-types.js';
import { planSummary, type SummarySpec } from '../summarize/spec.js';
import { finishSummary } from '../summarize/summarize.js';
import { toPartialSQL, toSQL } from './to-sql.js';
import { partialName, type PartialPlan } from './partial-plan.js';
import { createTableAppender, type TableAppender } from './node-duckdb-appender.js';
import { duckdbTypes } from './duckdb-types.js';
export { duckdbTypes } from './duckdb-types.js';

/** A DuckDB connection, reduced to what summaries need. */
export interface DuckDBSession {
  run(sql: string): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** An appender on an existing table: column batches straight into DuckDB's vectors. */
  appender(table: string): Promise<TableAppender>;
  close(): void;
}

/** Options of `openDuckDB`. */
export interface DuckDBOptions {
  /** A database file (created if absent); default `:memory:`. A file lets tables larger than the memory limit live on disk. */
  path?: string;
  /** DuckDB's memory limit (default `256MB`): beyond it, DuckDB spills to `tempDirectory`. */
  memoryLimit?: string;
  /** Worker threads (default 2). */
  threads?: number;
  /** Where DuckDB spills (default: DuckDB's own `.tmp` beside the database, i.e. in memory for `:memory:`). */
  tempDirectory?: string;
}

/** The message when the optional peer dependency is missing. */
export const duckdbMissing =
  'the DuckDB engine needs the optional package @duckdb/node-api: npm install -E @duckdb/node-api@1.5.6-r.1';
// The exact version the package's peerDependencies name (test/package/install.test.ts holds them equal).
const duckdbVersion = '1.5.6-r.1';

/**
 * Throws one clear line (`duckdbMissing`, or `<what> needs …` when `what` is given) when
 * `@duckdb/node-api` is not installed: commands call it before the work that would need it.
 * The package is found, not loaded: its native library (≈36 MB resident) is loaded only when
 * DuckDB is opened, so a command that validates a large file first does not carry it meanwhile.
 *
 * @example await requireDuckDB('Parquet output')
 */
export async function requireDuckDB(what?: string): Promise<void> {
  try {
    createRequire(import.meta.url).resolve('@duckdb/node-api');
  } catch {
    throw new Error(what ? `${what} needs the optional package @duckdb/node-api: npm install -E @duckdb/node-api@${duckdbVersion}` : duckdbMissing);
  }
}

/**
 * Open a DuckDB (in memory, or a database file) with a memory limit. Throws one clear line when `@duckdb/node-api`
 * (an optional peer dependency) is not installed.
 *
 * @example const db = await openDuckDB({ memoryLimit: '128MB' }); await db.rows('SELECT 1 AS one'); db.close()
 */
export async function openDuckDB(options: DuckDBOptions = {}): Promise<DuckDBSession> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch {
    throw new Error(duckdbMissing);
  }
  // Row order is ours to set (finishSummary orders): without insertion order DuckDB streams reads in less memory.
  const config: Record<string, string> = { memory_limit: options.memoryLimit ?? '256MB', threads: String(options.threads ?? 2), preserve_insertion_order: 'false' };
  if (options.tempDirectory) config.temp_directory = options.tempDirectory;
  const instance = await api.DuckDBInstance.create(options.path ?? ':memory:', config);
  const conn = await instance.connect();
  return {
    async run(sql) {
      await conn.run(sql);
    },
    async rows(sql) {
      const reader = await conn.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((r) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(r)) out[k] = jsValue(v);
        return out;
      });
    },
    appender(table) {
      return createTableAppender(api, conn, table);
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

// DuckDB gives SUM and COUNT as bigint; counts of evidence records fit a double exactly.
function jsValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(jsValue);
  return v;
}

/**
 * A DuckDB relation reading an NDJSON file of records with the schema's types (nothing guessed).
 *
 * @example `SELECT count(*) FROM ${readRecordsSql('x.ndjson', 'incident')}`
 */
export function readRecordsSql(file: string | readonly string[], type: RecordType, only?: readonly string[]): string {
  const cols = Object.entries(duckdbTypes(type, only)).map(([k, t]) => `'${k.replace(/'/g, "''")}': '${t}'`);
  const lit = (f: string) => `'${f.replace(/'/g, "''")}'`;
  const files = typeof file === 'string' ? lit(file) : `[${file.map(lit).join(', ')}]`;
  if (typeof file !== 'string' && !file.length) {
    // No file: an empty relation with the same columns.
    return `(SELECT ${Object.entries(duckdbTypes(type, only)).map(([k, t]) => `CAST(NULL AS ${t}) AS "${k}"`).join(', ')} WHERE FALSE)`;
  }
  return `read_json(${files}, format = 'newline_delimited', columns = {${cols.join(', ')}})`;
}

/**
 * Run a summary spec in DuckDB over `relation` (a table name or a `read_json(...)` /
 * `read_parquet(...)` call) and finish it as `summarize` does (empty groups, order, units and
 * conventions, suppression): the result equals `summarize` on the same records.
 *
 * @example await summarizeInDuckDB(db, readRecordsSql('x.ndjson', 'incident'), { type: 'incident', by: ['year'] })
 */
export async function summarizeInDuckDB(db: DuckDBSession, relation: string, spec: SummarySpec, partial?: PartialPlan): Promise<ColumnTable> {
  const plan = planSummary(spec);
  // `partial`: the relation holds partial aggregates of combined rows (see partialPlan), not the rows.
  const sql = partial ? toPartialSQL(spec, partial, relation) : toSQL({ ...spec, suppress: false }, { table: relation, dialect: 'duckdb' });
  const rows = await db.rows(sql);
  const names = [...plan.keys.map((k) => k.name), ...plan.measures.map((m) => m.name)];
  const cols: Record<string, unknown[]> = {};
  for (const n of names) cols[n] = rows.map((r) => r[n] ?? null);
  const rolled = aqTable(cols);
  return finishSummary(rolled, spec, plan, await metadataSource(db, relation, plan, partial));
}

// What the summary's metadata reads from the records (units, count conventions per measure,
// the record count), fetched in one small query (one scan of the relation, which may be a
// file DuckDB streams) rather than as the records themselves.
async function metadataSource(db: DuckDBSession, relation: string, plan: ReturnType<typeof planSummary>, partial?: PartialPlan): Promise<ColumnTable> {
  const parts = [partial ? `sum(${partialName.n}) AS n` : 'count(*) AS n'];
  // Over partials, a summed field has a value in some row where its partial sum has one.
  const has = (f: string) => (partial?.partials[f]?.sum ? partialName.sum(f) : f);
  if (plan.columns.includes('unit')) parts.push('list(DISTINCT unit) AS units');
  const sums = plan.columns.includes('count_convention') ? plan.measures.filter((m) => m.kind === 'sum').map((m) => m.fields[0]) : [];
  sums.forEach((f, j) => parts.push(`list(DISTINCT count_convention) FILTER (WHERE "${has(f).replace(/"/g, '""')}" IS NOT NULL) AS c${j}`));
  const [found] = await db.rows(`SELECT ${parts.join(', ')} FROM ${relation}`);
  const rows: Record<string, unknown>[] = [];
  for (const unit of (found.units as unknown[] | null) ?? []) rows.push({ unit });
  sums.forEach((f, j) => {
    for (const c of (found[`c${j}`] as unknown[] | null) ?? []) rows.push({ count_convention: c, [f]: 1 });
  });
  const cols: Record<string, unknown[]> = {};
  const names = new Set(rows.flatMap((r) => Object.keys(r)));
  for (const name of names) cols[name] = rows.map((r) => r[name] ?? null);
  cols.__n = rows.map(() => null);
  // The metadata counts records through numRows: the real count (not the number of metadata
  // rows, which can be more), without padding the columns to it (a 1 GB file would mean
  // millions of nulls per column in our heap).
  const table = aqTable(cols);
  const total = Number(found.n);
  return Object.defineProperty(table, 'numRows', { value: () => total });
}
