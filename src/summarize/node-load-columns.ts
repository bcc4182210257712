// The one place a summary gets its columns from a file: it streams the reader's batches (column
// batches for a clean CSV, records otherwise) through the validator and hands on only the valid,
// public rows: as plain arrays of the needed columns (`onColumns`, the DuckDB engine), or as the
// batch itself with the kept row indices (`onRows`, the in-memory store: no array per column).
import { stat } from 'node:fs/promises';
import { isRecordType, recordTypes, type RecordType } from '../model/record-types.js';
import { streamFile } from '../read/node-load.js';
import { batchLength } from '../read/result.js';
import { isReadError } from '../read/read-error.js';
import type { Issue } from '../errors/index.js';
import { createSink, type IssueSink } from '../validate/report.js';
import { createTableCheck, type SharedCheck } from '../validate/table-check.js';
import { withheldSensitivities } from '../write/public-records.js';
import type { RowSource } from './column-store.js';
import type { PartSink, SunkPart } from './part-sink.js';
import { partBatches } from './stored-part.js';
import { streamCSV } from '../read/stream.js';
import type { ValidationReport } from '../validate/report.js';
import { splitFile } from '../validate/node-validate-split.js';
import { todayUTC } from '../validate/table-check.js';
import { COLUMN_BATCH } from '../read/csv-columns.js';

// Distinct texts (and lists) kept as shared copies per file; past it, each value is copied.
const INTERNED = 100_000;

/** What `loadColumns` found in one file. */
export interface LoadedColumns {
  file: string;
  type: RecordType;
  /** Records read, and how many are valid (rows = valid + invalid). */
  rows: number;
  valid: number;
  /** The first problems (errors), and how many there are in all. */
  problems: Issue[];
  problemCount: number;
  /** Restricted or confidential valid records left out. */
  withheld: number;
  /** Valid, public records kept: their number (the rows passed to `onColumns`). */
  kept: number;
  /**
   * True when a header problem (a required column missing) makes every record invalid without
   * a row error: the columns already handed on must be dropped, as `validate` counts none valid.
   */
  allInvalid: boolean;
  /**
   * True when an id of a split file's second half repeats one of its first: nothing of the
   * second half was handed on; read the file again with `parallel: false`.
   */
  again?: boolean;
}

/** Options of `loadColumns`. */
export interface LoadColumnsOptions {
  type?: RecordType;
  /** The columns to keep, once the record type is known. */
  columns(type: RecordType): readonly string[];
  /** Receives each batch's valid, public records as columns (arrays of equal length). */
  onColumns?(columns: Record<string, unknown[]>, type: RecordType): void | Promise<void>;
  /**
   * Or: receives each batch as the reader gave it, with the indices of its valid, public rows
   * (`rows[0..count)`), to take the values without an array per column (see `createColumnStore`).
   */
  onRows?(source: RowSource, rows: Int32Array, count: number, type: RecordType): void;
  /** Keep restricted and confidential records too. */
  includeRestricted?: boolean;
  /** Problems listed at most (counts stay exact); default 1000. */
  maxProblems?: number;
  /**
   * Read the second half of a big CSV file on a second thread: 'auto' as `validateFile` does
   * (files of 16 to 256 MiB with a known type), true for any file that can be split; default
   * false. The rows handed on are the same either way; a caller that splits must handle `again`.
   */
  parallel?: boolean | 'auto';
  /**
   * With `parallel`, and `onPart`: what the worker does with its half's rows (see
   * `part-sink.ts`), which then reach `onPart` whole instead of `onRows` batch by batch.
   */
  sink?: PartSink;
  /** The worker's rows of a split file, whole (with `sink`). */
  onPart?(part: SunkPart, type: RecordType): void;
  /** Internal, the worker's side of a split: its chunks, each row's verdict and the report. */
  part?: {
    chunks: AsyncIterable<Uint8Array>;
    today: string;
    onReport(report: ValidationReport, idPairs: Uint32Array): void;
  };
}

/** A file that cannot be read, or whose record type cannot be told. */
export class LoadColumnsError extends Error {}

/**
 * Stream a CSV, JSON or NDJSON file through validation (the same checks and messages as
 * `validate`), handing on only the wanted columns of the valid records, batch by batch: the
 * file is never held as record objects. A missing required column (every record invalid)
 * sets `allInvalid`: drop what was handed on, as `validate` counts no valid record.
 *
 * @example await loadColumns('inc.csv', { columns: () => ['date', 'dead'], onColumns: (c) => push(c) })
 */
export async function loadColumns(file: string, options: LoadColumnsOptions): Promise<LoadedColumns> {
  const inner: IssueSink = createSink(options.maxProblems ?? 1000);
  const sink = inner;
  const shared: SharedCheck = { sink, ids: new Map(), files: [file], bases: [0], fileIndex: 0 };
  const today = options.part?.today ?? todayUTC();
  const check = createTableCheck({ type: options.type, maxErrors: options.maxProblems ?? 1000, today }, shared);
  let type = options.type;
  let kept = 0;
  let withheld = 0;
  let handed = 0;
  // One copy per distinct text and one list per distinct list (up to a bound, then plain copies):
  // a million records citing the same three sources hold three lists, not a million.
  const seen = new Map<string, string>();
  const lists = new Map<string, readonly unknown[]>();
  const flat = (text: string) => (text.length < 13 ? text : (' ' + text).slice(1));
  const intern = (text: string): string => {
    let copy = seen.get(text);
    if (copy === undefined) {
      copy = flat(text);
      if (seen.size < INTERNED) seen.set(text, copy);
    }
    return copy;
  };
  const internList = (list: readonly unknown[]): readonly unknown[] => {
    const key = list.join('\u0000');
    let copy = lists.get(key);
    if (copy === undefined) {
      copy = list.map((x) => (typeof x === 'string' ? intern(x) : x));
      if (lists.size < INTERNED) lists.set(key, copy);
    }
    return copy;
  };
  // The rows of one part of a batch, kept: to `onRows` as they are, or copied into `cols`.
  const handOn = (source: RowSource, rows: Int32Array, count: number, cols: Record<string, unknown[]>, names: readonly string[]) => {
    if (options.onRows) {
      if (count) options.onRows(source, rows, count, type!);
      return;
    }
    if ('records' in source) {
      for (let k = 0; k < count; k++) {
        const r = source.records[rows[k]];
        for (const name of names) {
          const v = r[name];
          cols[name].push(v === undefined ? null : v);
        }
      }
      return;
    }
    // Straight from the reader's columns: numbers out of their typed array, no record object;
    // text through one copy per distinct value (a cell is a slice of the file's text, and
    // keeping it would keep the whole chunk it came from).
    const sources = names.map((name) => source.values[source.names.indexOf(name)]);
    for (let k = 0; k < count; k++) {
      const i = rows[k];
      for (let j = 0; j < names.length; j++) {
        const col = sources[j];
        const v = col ? col[i] : null;
        cols[names[j]].push(typeof v === 'number' ? (v !== v ? null : v) : typeof v === 'string' ? intern(v) : Array.isArray(v) ? internList(v) : v);
      }
    }
  };
  const size = options.part || !type ? 0 : (await stat(file).catch(() => undefined))?.size ?? 0;
  const split = size && options.parallel ? await splitFile(file, { type, parallel: options.parallel === 'auto' ? undefined : true }, size, today, { columns: [...options.columns(type!)], includeRestricted: Boolean(options.includeRestricted), sink: options.onPart ? options.sink : undefined }) : undefined;
  let bytes = 0;
  let read = 0;
  const totalBytes = options.part || split ? 0 : await stat(file).then((s) => s.size, () => 0);
  try {
    const readOptions = { ...(type ? { type } : {}) };
    const batches = options.part
      ? streamCSV(options.part.chunks, readOptions, { columnBatch: COLUMN_BATCH })
      : split
        ? streamCSV(split.chunks(check, () => {}), readOptions, { columnBatch: COLUMN_BATCH, onReader: split.onReader })
        : streamFile(file, { ...readOptions, columnBatch: COLUMN_BATCH, onBytes: (b) => (bytes += b) });
    for await (const batch of batches) {
      // Each row's verdict, as validate gives it (records first, then the column batches).
      const invalid = new Uint8Array(batchLength(batch));
      check.add(batch, (i, bad) => {
        if (bad) invalid[i] = 1;
      });
      // As validate does: after the first batch, the id set sized for the whole file at once
      // (grown step by step, its old and new tables together were the peak on a 1 GB file);
      // a split file's first half grows its own.
      const before = read;
      read += invalid.length;
      if (before === 0 && read > 0 && bytes > 0 && totalBytes > bytes * 4) check.reserve(Math.ceil(((read * totalBytes) / bytes) * 1.05));
      if (!invalid.length) continue;
      type ??= batch.type ?? (isRecordType(batch.records[0]?.record_type) ? (batch.records[0].record_type as RecordType) : undefined);
      if (!type) throw new LoadColumnsError(`${file}: cannot tell the record type; give --type (${recordTypes.join(', ')})`);
      const names = options.columns(type);
      const cols: Record<string, unknown[]> = {};
      for (const n of names) cols[n] = [];
      let n = 0;
      // The valid, public rows of each part of the batch (its records, then its column batches).
      const keep = (length: number, from: number, sensitivity: (i: number) => unknown, skip?: (i: number) => boolean) => {
        const rows = new Int32Array(length);
        let count = 0;
        for (let i = 0; i < length; i++) {
          if (invalid[from + i] || skip?.(i)) continue;
          if (!options.includeRestricted && withheldSensitivities.includes(sensitivity(i) as string)) {
            withheld++;
            continue;
          }
          rows[count++] = i;
        }
        return { rows, count };
      };
      if (batch.records.length) {
        const { rows, count } = keep(batch.records.length, 0, (i) => batch.records[i].sensitivity, (i) => Boolean(batch.rows[i]?.skip));
        handOn({ records: batch.records }, rows, count, cols, names);
        n += count;
      }
      let at = batch.records.length;
      for (const c of batch.columns ?? []) {
        const sensitivity = c.values[c.names.indexOf('sensitivity')] as unknown[] | undefined;
        const { rows, count } = keep(c.length, at, (i) => sensitivity?.[i]);
        at += c.length;
        n += count;
        handOn(c, rows, count, cols, names);
      }
      kept += n;
      if (n) {
        handed += n;
        if (!options.onRows) await options.onColumns?.(cols, type);
      }
    }
  } catch (err) {
    if (isReadError(err)) throw new LoadColumnsError(`${file}: ${(err as Error).message}`);
    throw err;
  }
  const outcome = split?.settle(check);
  if (outcome === 'again') return { file, type: type!, rows: 0, valid: 0, problems: [], problemCount: 0, withheld: 0, kept: 0, allInvalid: false, again: true };
  const part = outcome === 'merged' ? split!.kept() : undefined;
  const sunk = part?.rows as SunkPart | undefined;
  if (sunk && options.onPart && options.sink) {
    kept += sunk.handed;
    handed += sunk.handed;
    options.onPart(sunk, type!);
  } else if (sunk?.store) {
    // The second half's valid, public rows, after the first half's, as the reader would give them.
    const names = options.columns(type!);
    for (const { source, rows, count } of partBatches(sunk.store, COLUMN_BATCH * 4)) {
      const cols: Record<string, unknown[]> = {};
      for (const n of names) cols[n] = [];
      handOn(source, rows, count, cols, names);
      kept += count;
      handed += count;
      if (!options.onRows) await options.onColumns?.(cols, type!);
    }
  }
  withheld += part?.withheld ?? 0;
  const report = check.finish();
  options.part?.onReport(report, check.idPairs());
  type ??= (report.type === 'dataset' ? undefined : report.type) ?? undefined;
  if (!type) throw new LoadColumnsError(`${file}: cannot tell the record type; give --type (${recordTypes.join(', ')})`);
  const allInvalid = report.stats.valid < handed + withheld;
  return { file, type, rows: report.stats.rows, valid: report.stats.valid, problems: [...inner.errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), problemCount: Math.max(report.stats.errors, inner.errorCount), withheld: allInvalid ? 0 : withheld, kept: allInvalid ? 0 : kept, allInvalid };
}
