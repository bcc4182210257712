import type { Issue } from '../errors/index.js';
import type { RecordType } from '../model/record-types.js';
import type { RecordOf } from '../model/types.generated.js';
import type { Encoding } from './decode.js';
import type { CsvColumns } from './csv-columns.js';

/** Where a record came from. */
export interface RowInfo {
  /** Row number as reports give it: CSV header = 1 and first record = 2 (logical rows,
   *  a quoted line break does not start one); JSON array: 1-based index; NDJSON: line number. */
  row: number;
  /** Physical line the record starts on (CSV, NDJSON). */
  line?: number;
  /** True when the row holds no checkable record (a blank row, an NDJSON line that is not
   *  a JSON object); its error is in `errors` and validation does not check it further. */
  skip?: boolean;
}

/**
 * What every loader returns, and what streaming loaders yield batch by batch:
 * `records[i]` came from `rows[i]`. Nothing is dropped: a cell that could not be
 * converted keeps its text (and has an error), an unknown column keeps its text.
 *
 * `R` is the record interface when the loader was told one record type, e.g.
 * `LoadResult<Incident>` from `fromCSV(text, { type: 'incident' })`. The types say what a
 * valid record holds: until `validateRecords` says a row is valid, a cell that could not be
 * converted still holds its text.
 */
export interface LoadResult<R extends object = Record<string, unknown>> {
  records: R[];
  rows: RowInfo[];
  /** Problems found while reading: syntax, cell counts, header labels, types. */
  errors: Issue[];
  /** Warnings found while reading: encoding fallback, lost characters. */
  warnings: Issue[];
  format: 'csv' | 'json' | 'ndjson';
  /** The record type that drove typing, or null (cells kept as text). */
  type: RecordType | null;
  /** CSV header labels. */
  header?: string[];
  encoding?: Encoding;
  delimiter?: string;
  newline?: string;
  /**
   * Column batches, in row order after `records` (only from a CSV reader asked for them:
   * see `CsvReaderMode`); their rows are not in `records` or `rows`.
   */
  columns?: CsvColumns[];
}

/**
 * The record interface for a record type known when the code is compiled (`'incident'` →
 * `Incident`); plain records when it is not (no type, or any `RecordType`).
 *
 * @example type R = LoadedRecord<'incident'> // Incident
 */
export type LoadedRecord<T> = [T] extends [RecordType] ? ([RecordType] extends [T] ? Record<string, unknown> : RecordOf<T>) : Record<string, unknown>;

/**
 * What a loader returns when its options name record type `T`.
 *
 * @example const r: Loaded<'incident'> = fromCSV(text, { type: 'incident' })
 */
export type Loaded<T> = LoadResult<LoadedRecord<T>>;

/**
 * A LoadResult with no records yet.
 *
 * @example emptyResult('csv', 'incident').records // []
 */
export function emptyResult(format: LoadResult['format'], type: RecordType | null): LoadResult {
  return { records: [], rows: [], errors: [], warnings: [], format, type };
}

/**
 * Append batch `b` to `a` (in place) and return `a`.
 *
 * @example appendResult(all, batch)
 */
export function appendResult(a: LoadResult, b: LoadResult): LoadResult {
  for (const r of b.records) a.records.push(r);
  for (const r of b.rows) a.rows.push(r);
  for (const e of b.errors) a.errors.push(e);
  for (const w of b.warnings) a.warnings.push(w);
  if (b.columns) for (const c of b.columns) (a.columns ??= []).push(c);
  a.type = b.type;
  for (const k of ['header', 'encoding', 'delimiter', 'newline'] as const) if (b[k] !== undefined) (a as any)[k] = b[k];
  return a;
}

/**
 * The number of records in a batch, column batches included.
 *
 * @example batchLength(batch) // records.length + every column batch's length
 */
export function batchLength(b: LoadResult): number {
  let n = b.records.length;
  if (b.columns) for (const c of b.columns) n += c.length;
  return n;
}
