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
import { toColumns, type ColumnBatch } from '../read/to-columns.js';
import type { ValidationReport } from './report.js';
import { createTableCheck, type ValidateOptions } from './table-check.js';

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
  for await (const batch of streamFile(path, options)) {
    const valid = new Uint8Array(batch.records.length);
    check.add(batch, (i, invalid) => {
      valid[i] = invalid ? 0 : 1;
    });
    if (batch.records.length) yield toColumns(batch, type, options.columns, valid);
  }
  return check.finish();
}
