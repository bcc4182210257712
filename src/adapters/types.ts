import type { RecordOf } from '../model/types.generated.js';

/** Something an adapter noticed but could still map (encoding fallback, a lossy value, a note kept). */
export interface AdapterWarning {
  /** Issue code from the error catalogue (`encoding-error`, `lost-characters`, `negative-count`), when one applies. */
  code?: string;
  /** Row as a spreadsheet numbers it (header = 1, first record = 2), when the warning is about one row. */
  row?: number;
  /** Source column, when the warning is about one cell. */
  field?: string;
  /** The cell value as read. */
  value?: string;
  /** What happened, in words. */
  message: string;
}

/** A row the adapter could not turn into a record, and why. */
export interface AdapterRejection {
  /** Row as a spreadsheet numbers it (header = 1, first record = 2), as the loaders' issues do. */
  row: number;
  /** Why: names the column, the value and what was expected. */
  reason: string;
}

/**
 * What an adapter did with a file. `read === mapped + rejected` always: no row is dropped
 * without being counted and explained.
 */
export interface AdapterReport {
  /** Source name, e.g. `missing-migrants`. */
  adapter: string;
  /** Layout recognised from the header, e.g. `mmp-2022-main-id`. */
  layout: string;
  /** Text encoding the bytes were read as (`utf-8`, `windows-1252`, ...). */
  encoding: string;
  /** Data rows (or, for wide layouts, non-empty cells) read. */
  read: number;
  /** Rows that became (or, for aggregating adapters, were counted into) records. */
  mapped: number;
  /** Rows that could not be mapped. */
  rejected: number;
  /** One entry per rejected row. */
  reasons: AdapterRejection[];
  warnings: AdapterWarning[];
}

/** Records of one type, the `source` record they cite, and the report. */
export interface AdapterResult<T = Record<string, unknown>> {
  records: T[];
  /** The `source` record every output record cites in `source_ids`. */
  source: RecordOf<'source'>;
  report: AdapterReport;
}

/** Raw file bytes (encoding detected) or already-decoded text. */
export type AdapterInput = Uint8Array | ArrayBuffer | string;
