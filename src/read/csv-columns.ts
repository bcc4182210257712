/**
 * Column batches straight from the CSV tokenizer: each row's cells are decoded once, into
 * one array per header column (numbers in a `Float64Array`), with no record object. A row
 * the column path cannot settle alone — a quoting or width problem, a blank row, a cell
 * that failed to convert, a warning to give — keeps its tokenized cells, and
 * `recordOf(i)` reads it the record way, with exactly the issues `fromCSV` gives.
 *
 *   createColumnBuilder(specs, context): { add(row, rowNo): void; size; take(): CsvColumns }
 */
import { coerce, type Coerced, type CoerceOptions } from './coerce.js';
import { hasLostCharacters, unescapeFormula } from './cell-checks.js';
import { fastCoerce, FAIL, type ColumnSpec } from './fast-coerce.js';
import type { CsvRow } from './csv-tokenizer.js';
import { createRowScanner } from './csv-scan.js';
import type { LoadResult } from './result.js';

/** A column of values: numbers typed (NaN = no value), anything else in an array (null = no value). */
export type ColumnValues = Float64Array | unknown[];

import { CELL_FAILED, CLEAN, RECORD_PATH } from './row-status.js';

export { CELL_FAILED, CLEAN, RECORD_PATH };

/**
 * Rows per column batch when a file is read for validation or a summary: large enough that a
 * column's check runs long, small enough to stay in cache and to die young: each scavenge of
 * V8's young generation copies the batches still alive. Validating 1M rows twice on one thread,
 * the scavenges took 341 ms in all with 1024 rows, 832 ms with 2048; 8192 made the read and
 * check 15.7 s instead of 11.9 s and peaked 90 MB higher.
 */
export const COLUMN_BATCH = 1024;

/** Records of a CSV file, column by column, in header order. */
export interface CsvColumns {
  length: number;
  /** Report row number of each record (header = 1). */
  rows: Int32Array;
  /** Field name of each header column ('' where the column is not read). */
  names: readonly string[];
  /** Values by header column (undefined where the column is not read). */
  values: (ColumnValues | undefined)[];
  /** Per row: CLEAN, CELL_FAILED or RECORD_PATH. */
  status: Uint8Array;
  /** Per column: 1 when each of its values in this batch is one of the field's own codes (for a list, each item). */
  coded: Uint8Array;
  /** Per column: 1 where the cell failed to convert (undefined until one does). */
  failed: (Uint8Array | undefined)[];
  /** The tokenized cells of each row (for `recordOf`). */
  raw: (CsvRow | undefined)[];
  /** Read row `i` the record way: one record, its row and its issues, as `fromCSV` gives them. */
  recordOf(i: number): LoadResult;
}

/** What the builder needs from its reader. */
export interface BuilderContext {
  missing: ReadonlySet<string>;
  unescapeFormulas: boolean;
  maxFieldChars: number;
  maxColumns: number;
  /** Default number and list options: the fast cell paths apply. */
  fast: boolean;
  coerceOptions: CoerceOptions;
  /** The record path of the reader, for one row. */
  readRecord(row: CsvRow, rowNo: number): LoadResult;
  /** The delimiter, once known: with it (and the default missing value and number options) rows are scanned. */
  delimiter?: string;
  /** One row's text tokenized the general way, its first line numbered `line`. */
  tokenizeRow(text: string, line: number): CsvRow;
}

/** A builder of column batches of `capacity` rows. */
export interface ColumnBuilder {
  add(row: CsvRow, rowNo: number): void;
  /**
   * Scan the row at `text[at]` into the batch: the index after it, or `MORE` / `SLOW`
   * (see csv-scan.ts). Undefined when the options rule the fast path out.
   */
  scan?: (text: string, at: number, final: boolean, rowNo: number, line: number) => number;
  readonly size: number;
  take(): CsvColumns;
}

/**
 * A builder for the columns of one header.
 *
 * @example const b = createColumnBuilder(specs, ctx, 4096); b.add(row, 2); b.take().values[0]
 */
export function createColumnBuilder(specs: readonly ColumnSpec[], ctx: BuilderContext, capacity: number): ColumnBuilder {
  const width = specs.length;
  const names = specs.map((s) => (s.mode === 0 ? '' : s.label));
  const numeric = specs.map((s) => s.mode === 3 && !s.list && (s.kind === 1 || s.kind === 2));
  // A code cell holds the schema's own string, not a slice of the file's text: a kept column
  // then never keeps the file's chunks alive, and checking it hits the code's cached hash.
  const codes = specs.map((s) => {
    const f = s.field;
    if (s.mode === 0 || !f || f.kind !== 'string') return undefined;
    const list = f.enum ? f.enum.map(String) : f.const !== undefined ? [f.const] : undefined;
    return list ? codeLookup(list) : undefined;
  });
  const codedAtStart = Uint8Array.from(codes, (c) => (c ? 1 : 0));
  // The default missing value is the empty cell: a length test then, not a hash of every cell.
  const onlyEmpty = ctx.missing.size === 1 && ctx.missing.has('');
  let batch: CsvColumns;
  let n = 0;
  // Where each scanned row is in the text (for `recordOf`): no copy of the row is made.
  let spans: { text: string[]; start: Int32Array; end: Int32Array; line: Int32Array };

  function fresh(): void {
    const values: (ColumnValues | undefined)[] = specs.map((s, k) => (s.mode === 0 ? undefined : numeric[k] ? new Float64Array(capacity) : new Array(capacity)));
    const raw: (CsvRow | undefined)[] = new Array(capacity);
    const at = (spans = { text: new Array(capacity), start: new Int32Array(capacity), end: new Int32Array(capacity), line: new Int32Array(capacity) });
    const b: CsvColumns = {
      length: 0,
      rows: new Int32Array(capacity),
      names,
      values,
      status: new Uint8Array(capacity),
      coded: codedAtStart.slice(),
      failed: new Array(width).fill(undefined),
      raw,
      recordOf: (i) => ctx.readRecord(raw[i] ?? ctx.tokenizeRow(at.text[i].slice(at.start[i], at.end[i]), at.line[i]), b.rows[i]),
    };
    batch = b;
    n = 0;
  }
  fresh();

  // A badly mapped export repeats its wrong values: why a cell cannot be converted (and the
  // message saying so) is worked out once per column and text, up to a bound.
  const seen = specs.map(() => new Map<string, Coerced>());
  function coerceCached(k: number, text: string): Coerced {
    const memo = seen[k];
    let c = memo.get(text);
    if (c === undefined) {
      c = coerce(text, specs[k].field!, ctx.coerceOptions);
      if (!c.ok && memo.size < 256) memo.set(text, c);
    }
    return c;
  }

  /** Cell `k` of row `i` from its text, the general way; returns the row status it implies. */
  function put(k: number, i: number, cell: string): number {
    const spec = specs[k];
    const mode = spec.mode;
    if (mode === 0) return CLEAN;
    const col = batch.values[k]!;
    const isNumber = numeric[k];
    let status = CLEAN;
    let text = cell;
    if (text.length > ctx.maxFieldChars) status = RECORD_PATH;
    if (text.charCodeAt(0) === 39 && ctx.unescapeFormulas) text = unescapeFormula(text);
    if (onlyEmpty ? text.length === 0 : ctx.missing.has(text)) {
      if (isNumber) (col as Float64Array)[i] = NaN;
      else (col as unknown[])[i] = null;
      return status;
    }
    if (mode === 1) {
      (col as unknown[])[i] = text;
      return hasLostCharacters(text) ? RECORD_PATH : status;
    }
    if (mode === 2) {
      const canon = codes[k];
      const code = canon ? canon(text) : undefined;
      if (code === undefined) batch.coded[k] = 0;
      (col as unknown[])[i] = code ?? text;
      return status;
    }
    let v = ctx.fast ? fastCoerce(text, spec, ';') : FAIL;
    if (v === FAIL) {
      const c = coerceCached(k, text);
      if (c.ok) v = c.value === undefined ? null : c.value;
      else {
        v = null;
        (batch.failed[k] ??= new Uint8Array(capacity))[i] = 1;
        if (status === CLEAN) status = CELL_FAILED;
      }
    }
    if (isNumber) (col as Float64Array)[i] = v === null ? NaN : (v as number);
    else {
      const canon = codes[k];
      if (canon && Array.isArray(v)) {
        for (let j = 0; j < v.length; j++) {
          const code = typeof v[j] === 'string' ? canon(v[j] as string) : undefined;
          if (code === undefined) batch.coded[k] = 0;
          else v[j] = code;
        }
      } else if (canon && v !== null) batch.coded[k] = 0;
      (col as unknown[])[i] = v;
    }
    return status;
  }

  function add(r: CsvRow, rowNo: number): void {
    const i = n++;
    const b = batch;
    b.rows[i] = rowNo;
    const cells = r.cells;
    let status = CLEAN;
    // The structure of the row: anything but one clean cell per column is the record path's.
    if (r.problem || cells.length !== width || cells.length > ctx.maxColumns) status = RECORD_PATH;
    else {
      let blank = true;
      for (let k = 0; k < cells.length; k++) if (cells[k] !== '') { blank = false; break; }
      if (blank) status = RECORD_PATH;
    }
    const to = cells.length < width ? cells.length : width;
    for (let k = 0; k < width; k++) {
      const st = put(k, i, k < to ? cells[k] : '');
      if (st > status) status = st;
    }
    b.status[i] = status;
    // Kept for every row: the validator may still send a clean row the record way (a value its schema rejects).
    b.raw[i] = r;
    b.length = n;
  }

  // The fast path: a row scanned from the text into the batch (see csv-scan.ts).
  const scanRow = ctx.delimiter !== undefined && onlyEmpty && ctx.fast && width <= ctx.maxColumns ? createRowScanner(specs, ctx.delimiter, ctx.maxFieldChars, put) : undefined;
  function scan(text: string, at: number, final: boolean, rowNo: number, line: number): number {
    const i = n;
    const end = scanRow!(text, at, final, batch, i);
    if (end < 0) return end;
    n++;
    const b = batch;
    b.rows[i] = rowNo;
    spans.text[i] = text;
    spans.start[i] = at;
    spans.end[i] = end;
    spans.line[i] = line;
    b.length = n;
    return end;
  }

  return {
    add,
    scan: scanRow ? scan : undefined,
    get size() {
      return n;
    },
    take() {
      const b = batch;
      fresh();
      return b;
    },
  };
}

/**
 * The schema's own string for a code (undefined when the text is not one). A cell is a
 * fresh slice whose hash is not yet computed, so before the map a small cache keyed by
 * length and end characters answers with one string comparison.
 *
 * @example codeLookup(['darien'])('darien') // the schema's 'darien'
 */
function codeLookup(codes: readonly string[]): (text: string) => string | undefined {
  const map = new Map(codes.map((c) => [c, c]));
  const slots: (string | undefined)[] = new Array(64).fill(undefined);
  return (text) => {
    const n = text.length;
    if (n === 0) return undefined;
    const at = (n * 7 + text.charCodeAt(0) * 3 + text.charCodeAt(n - 1)) & 63;
    const hit = slots[at];
    if (hit === text) return hit;
    const canon = map.get(text);
    if (canon === undefined) return undefined;
    slots[at] = canon;
    return canon;
  };
}
