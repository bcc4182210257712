/**
 * streamColumns(path, options): AsyncGenerator<ColumnBatch, ValidationReport>   (Node only)
 *
 * Read a CSV / NDJSON / JSON file as typed column batches of the fields asked for, each
 * record validated as `validate` does it (`valid[i]`), in bounded memory; the generator
 * returns the full validation report when it is done. This is the entry point summaries
 * build on: they need columns, not record objects.
 */
import { compileType } from '../model/record-type.js';
import type { RecordType } from '../model/record-types.js';
import { streamFile, type StreamFileOptions } from '../read/node-load.js';
import { ReadError } from '../read/read-error.js';
import { batchLength } from '../read/result.js';
import { fromCsvColumns, toColumns, type ColumnBatch } from '../read/to-columns.js';
import type { ValidationReport } from './report.js';
import { createTableCheck, type ValidateOptions } from './table-check.js';

// Rows per batch unless `batchSize` says otherwise: long columns, still small beside the file.
const COLUMN_BATCH = 8192;

/** Options of {@link streamColumns}. */
export interface StreamColumnsOptions extends StreamFileOptions, ValidateOptions {
  type: RecordType;
  /** Fields to return as columns (default: every field of the type). */
  columns?: readonly string[];
}

/**
 * Stream a file as validated column batches.
 *
 * @example
 * const it = streamColumns('big.csv', { type: 'incident', columns: ['date', 'dead'] });
 * for await (const b of it) for (let i = 0; i < b.length; i++) if (b.valid[i]) total += b.columns.dead[i] || 0;
 */
export async function* streamColumns(path: string, options: StreamColumnsOptions): AsyncGenerator<ColumnBatch, ValidationReport> {
  const type = compileType(options.type);
  for (const name of options.columns ?? []) if (!type.names.has(name)) throw new ReadError(`"${name}" is not a field of ${options.type}`);
  const check = createTableCheck(options);
  // CSV comes as the reader's column batches (no record objects); other formats are pivoted.
  for await (const batch of streamFile(path, { ...options, columnBatch: options.batchSize ?? COLUMN_BATCH })) {
    const valid = new Uint8Array(batchLength(batch));
    check.add(batch, (i, invalid) => {
      valid[i] = invalid ? 0 : 1;
    });
    if (batch.records.length) yield toColumns(batch, type, options.columns, valid.subarray(0, batch.records.length));
    let at = batch.records.length;
    for (const c of batch.columns ?? []) {
      yield fromCsvColumns(c, type, options.columns, valid.subarray(at, at + c.length));
      at += c.length;
    }
  }
  return check.finish();
}
