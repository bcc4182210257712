/**
 * The status of a row in a CSV column batch (`CsvColumns.status`).
 *
 * @example batch.status[i] === CLEAN // every cell converted, one cell per column
 */

/** Every cell converted; the row's structure is fine. */
export const CLEAN = 0;
/** Some cell failed to convert (its column's `failed` mask says which); the structure is fine. */
export const CELL_FAILED = 1;
/** Only the record path can read this row (structure, a warning, a limit): see `CsvColumns.recordOf`. */
export const RECORD_PATH = 2;
