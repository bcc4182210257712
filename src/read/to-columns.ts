/**
 * One loader batch → one column batch: each requested field as one array, numbers in a
 * `Float64Array` (NaN where a record has no value), codes and text in plain arrays (null
 * where empty), lists as arrays of arrays; row numbers beside them. The typed-columns
 * contract summaries and charts read (see docs/architecture.md, "Column batches").
 *
 *   toColumns(batch: LoadResult, type: CompiledType, names?: string[], valid?: Uint8Array): ColumnBatch
 */
import type { CompiledType } from '../model/record-type.js';
import type { RecordType } from '../model/record-types.js';
import type { CsvColumns } from './csv-columns.js';
import type { LoadResult } from './result.js';

/** A column of a batch. */
export type Column = Float64Array | (string | null)[] | (boolean | null)[] | (readonly unknown[] | null)[];

/** Records of one batch, by column. */
export interface ColumnBatch {
  type: RecordType;
  /** Number of records. */
  length: number;
  /** Report row number of each record (CSV header = 1). */
  rows: Int32Array;
  /** 1 where the record is valid (when the caller validated), else 0. */
  valid: Uint8Array;
  /** The requested columns, by field name. */
  columns: Record<string, Column>;
}

/**
 * The requested fields of a CSV column batch, with no pivot: the reader's own columns
 * (numbers stay in their `Float64Array`), all-empty ones for fields not in the header.
 *
 * @example fromCsvColumns(batch.columns[0], compileType('incident'), ['dead']).columns.dead // Float64Array
 */
export function fromCsvColumns(b: CsvColumns, type: CompiledType, names: readonly string[] = type.fields.map((f) => f.name), valid?: Uint8Array): ColumnBatch {
  const n = b.length;
  const columns: Record<string, Column> = {};
  for (const name of names) {
    const field = type.field(name);
    if (!field) throw new TypeError(`"${name}" is not a field of ${type.type}`);
    const k = b.names.indexOf(name);
    const col = k >= 0 ? b.values[k] : undefined;
    const numeric = !field.list && (field.kind === 'integer' || field.kind === 'number');
    if (col) columns[name] = (col.length === n ? col : col.slice(0, n)) as Column;
    else columns[name] = numeric ? new Float64Array(n).fill(NaN) : new Array(n).fill(null);
  }
  return { type: type.type, length: n, rows: b.rows.length === n ? b.rows : b.rows.slice(0, n), valid: valid ?? new Uint8Array(n).fill(1), columns };
}

/**
 * Pivot a batch into columns (numbers typed, by the field's kind in the schema).
 *
 * @example toColumns(fromCSV(text, { type: 'incident' }), compileType('incident'), ['year', 'dead']).columns.dead // Float64Array
 */
export function toColumns(batch: LoadResult, type: CompiledType, names: readonly string[] = type.fields.map((f) => f.name), valid?: Uint8Array): ColumnBatch {
  const n = batch.records.length;
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = batch.rows[i].row;
  const columns: Record<string, Column> = {};
  for (const name of names) {
    const field = type.field(name);
    if (!field) throw new TypeError(`"${name}" is not a field of ${type.type}`);
    const numeric = !field.list && (field.kind === 'integer' || field.kind === 'number');
    if (numeric) {
      const col = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = batch.records[i][name];
        col[i] = typeof v === 'number' ? v : NaN;
      }
      columns[name] = col;
    } else {
      const col: unknown[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const v = batch.records[i][name];
        col[i] = v === undefined ? null : v;
      }
      columns[name] = col as Column;
    }
  }
  return { type: type.type, length: n, rows, valid: valid ?? new Uint8Array(n).fill(1), columns };
}
