/**
 * validateRecords(input: LoadResult<R> | readonly R[], type?: RecordType, options?: ValidateOptions): ValidationReport
 *
 * Check records against their schema and the cross-field rules. Give it what a loader
 * returned (`fromCSV`, `fromJSON`, ...) to keep row numbers and the loader's issues, or
 * a plain array (row = 1-based index). Without a type (argument, loader or
 * `record_type`), only the structure found by the loader is reported.
 */
import type { RecordType } from '../model/record-types.js';
import type { LoadResult } from '../read/result.js';
import type { ValidationReport } from './report.js';
import { createTableCheck, type ValidateOptions } from './table-check.js';

/**
 * True when `input` is a loader result rather than a plain array.
 *
 * @example isLoadResult(fromCSV(text)) // true
 */
export function isLoadResult(input: unknown): input is LoadResult<object> {
  return !!input && !Array.isArray(input) && Array.isArray((input as LoadResult).records) && Array.isArray((input as LoadResult).rows);
}

/**
 * A plain array as a loader result (row = 1-based index).
 *
 * @example asLoadResult([{ id: 'inc-1' }], 'incident').rows // [{ row: 1 }]
 */
export function asLoadResult(records: readonly object[], type: RecordType | null = null): LoadResult {
  return {
    records: records as Record<string, unknown>[],
    rows: records.map((_, i) => ({ row: i + 1 })),
    errors: [],
    warnings: [],
    format: 'json',
    type,
  };
}

/**
 * Validate records; returns the report (see `ValidationReport`).
 *
 * @example validateRecords(fromCSV(text, { type: 'incident' })).stats // { rows, valid, invalid, errors, warnings }
 * @example validateRecords([{ id: 'inc-1' }], 'incident').errors[0].code // 'constraint-error'
 */
export function validateRecords<R extends object>(input: LoadResult<R> | readonly R[], type?: RecordType, options: ValidateOptions = {}): ValidationReport {
  // Typed records (`LoadResult<Incident>`) are checked as the plain records they are at run time.
  const batch = (isLoadResult(input) ? input : asLoadResult(input as readonly object[], type ?? null)) as LoadResult;
  const wanted = type ?? options.type;
  if (wanted && batch.format === 'csv' && batch.type === null && batch.records.length) {
    throw new TypeError(`these records were read without a record type, so their cells are text: load them with { type: '${wanted}' }`);
  }
  const check = createTableCheck({ ...options, type: wanted ?? options.type });
  check.add(batch);
  return check.finish();
}
