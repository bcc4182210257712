import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isRecordType, type RecordType } from '../model/record-types.js';
import { toNDJSON } from '../write/to-ndjson.js';
import { openDuckDB, readRecordsSql } from './node-duckdb.js';

/** Options of `writeParquet`. */
export interface WriteParquetOptions {
  /** Keep restricted and confidential records (left out by default, as in every public output). */
  includeRestricted?: boolean;
}

/**
 * Write records of one type as a Parquet file through DuckDB: one column per schema field in
 * schema order, records in their order, typed from the schema (integers BIGINT, numbers DOUBLE, list fields as lists,
 * dates as the ISO strings the schema validated), zstd-compressed. DuckDB, pandas/pyarrow, R
 * (arrow), Spark, Trino and BigQuery read it; `toSQL` queries it. Needs `@duckdb/node-api`.
 *
 * @example await writeParquet(records, 'incident', 'out/incidents.parquet')
 */
export async function writeParquet(records: Iterable<object>, type: RecordType, path: string, options: WriteParquetOptions = {}): Promise<{ withheld: number }> {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  const written = toNDJSON(records, type, { includeRestricted: options.includeRestricted });
  const dir = mkdtempSync(join(tmpdir(), 'se-parquet-'));
  const db = await openDuckDB({ tempDirectory: join(dir, 'spill') });
  try {
    const ndjson = join(dir, 'records.ndjson');
    writeFileSync(ndjson, written.text);
    const out = resolve(path);
    mkdirSync(dirname(out), { recursive: true });
    const source = written.text ? readRecordsSql(ndjson, type) : readRecordsSql([], type);
    // The file keeps the records' order (openDuckDB turns insertion order off for summaries).
    await db.run('SET preserve_insertion_order = true');
    await db.run(`COPY (SELECT * FROM ${source}) TO '${out.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
    return { withheld: written.withheld };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
