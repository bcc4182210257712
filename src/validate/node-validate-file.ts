/**
 * validateFile(path: string, options?: ValidateFileOptions): Promise<ValidationReport>   (Node only)
 *
 * Validate a CSV / JSON / NDJSON file, a folder of them, or a datapackage.json. Files
 * are streamed (CSV and NDJSON in bounded memory). A file gives a report of its record
 * type; a folder or descriptor gives a `type: 'dataset'` report (see `validateDataset`).
 * Throws a ReadError when the input cannot be read at all (missing file, binary data,
 * invalid JSON, no header; with `requireType`, no record type either).
 */
import { stat } from 'node:fs/promises';
import { makeIssue } from '../errors/index.js';
import { recordTypes, type RecordType } from '../model/record-types.js';
import { formatOf, type DataFormat } from '../read/format-of.js';
import { fromCSV } from '../read/from-csv.js';
import { fromJSON } from '../read/from-json.js';
import { fromNDJSON } from '../read/from-ndjson.js';
import { fetchLimited, type RemoteLimits } from '../read/fetch-limited.js';
import { discoverDataset, isDatasetPath, type DatasetFile } from '../read/node-discover.js';
import { fsMessage, streamFile } from '../read/node-load.js';
import type { ReadOptions } from '../read/options.js';
import { isReadError, ReadError } from '../read/read-error.js';
import { batchLength, type LoadResult } from '../read/result.js';
import { createDatasetCheck, referenceTargets } from './dataset-check.js';
import type { ValidationReport } from './report.js';
import { createTableCheck, todayUTC, type ValidateOptions } from './table-check.js';
import { splitFile, type Split } from './node-validate-split.js';
import { streamCSV } from '../read/stream.js';
import { COLUMN_BATCH } from '../read/csv-columns.js';
import { asLoadResult } from './validate-records.js';

/** Progress of a long validation. */
export interface Progress {
  file: string;
  /** Bytes read so far (all files of a dataset). */
  bytes: number;
  /** Total bytes to read (0 when unknown). */
  totalBytes: number;
  /** Records checked so far. */
  rows: number;
  seconds: number;
}

/** Options of {@link validateFile}: the loaders' and validation's, plus these. */
export interface ValidateFileOptions extends ReadOptions, ValidateOptions {
  type?: RecordType;
  /** Format of a single file; default from its extension. */
  format?: DataFormat;
  /** Throw a ReadError when a single file's record type cannot be told (the CLI does). */
  requireType?: boolean;
  /** Fetch `https:` resources a datapackage.json names (default false: they are reported as errors, never fetched). */
  allowRemote?: boolean;
  /** Size and time limits of each remote read (see docs/security.md). */
  remoteLimits?: RemoteLimits;
  /** Called now and then while reading (at most every 1000 records or 1 MB). */
  onProgress?: (p: Progress) => void;
  /**
   * Read CSV files column by column (default true): each field's check runs down its column,
   * and only rows with a problem are read as records. False reads every row as a record (the
   * reference path; the reports are the same).
   */
  columnar?: boolean;
  /**
   * Check the second half of a big CSV file on a second thread (default: for files of 16 to
   * 256 MiB with a known `type`, on a machine with two cores or more). The report is the same
   * either way; false keeps one thread, true splits any CSV file that can be split.
   */
  parallel?: boolean;
  /** Hears how a split file was read: 'merged' (two threads), 'whole' (this thread read on), 'again' (read twice). */
  onSplit?: (outcome: 'merged' | 'whole' | 'again') => void;
}


function noTypeMessage(name: string): string {
  return `cannot tell the record type of ${name}: pass --type (one of ${recordTypes.join(', ')}), or add a record_type column`;
}

/** Read a dataset file into batches (streamed when local). */
function batchesOf(f: DatasetFile, options: ValidateFileOptions, onBytes: (n: number) => void, fetched = new Map<string, Promise<Uint8Array>>()): AsyncIterable<LoadResult> {
  const opts = { ...options, ...f.options, type: f.type };
  if (f.data) return (async function* () { yield asLoadResult(f.data!, f.type ?? null); })();
  if (/^https?:\/\//i.test(f.path)) {
    return (async function* () {
      // Fetched once per run (both passes use the same bytes), within the size and time limits.
      if (!fetched.has(f.path)) fetched.set(f.path, fetchLimited(f.path, options.remoteLimits));
      const bytes = await fetched.get(f.path)!;
      onBytes(bytes.length);
      yield f.format === 'csv' ? fromCSV(bytes, opts) : f.format === 'json' ? fromJSON(bytes, opts) : fromNDJSON(bytes, opts);
    })();
  }
  return streamFile(f.path, { ...opts, format: f.format, onBytes });
}

async function validateOne(path: string, options: ValidateFileOptions): Promise<ValidationReport> {
  try {
    if (!(await stat(path)).isFile()) throw new ReadError(`${path} is not a file`);
  } catch (err) {
    throw isReadError(err) ? err : new ReadError(fsMessage(err, path));
  }
  const totalBytes = (await stat(path)).size;
  const today = options.today ?? todayUTC();
  const split = formatOf(path) === 'csv' && (options.format ?? 'csv') === 'csv' ? await splitFile(path, options, totalBytes, today) : undefined;
  const first = await checkOnce(path, { ...options, today }, totalBytes, split);
  if (split) options.onSplit?.(first.outcome);
  if (first.outcome !== 'again') return first.report;
  // An id of the second half repeats one of the first: the duplicates are listed with their rows.
  return (await checkOnce(path, { ...options, today, parallel: false }, totalBytes, undefined)).report;
}

/** One pass over a file: on this thread, or in two parts (see `node-validate-split.ts`). */
async function checkOnce(path: string, options: ValidateFileOptions, totalBytes: number, split: Split | undefined): Promise<{ report: ValidationReport; outcome: 'merged' | 'whole' | 'again' }> {
  const t0 = Date.now();
  let bytes = 0;
  const check = createTableCheck(options);
  let rows = 0;
  let settled = false;
  const columnBatch = options.columnar === false ? undefined : COLUMN_BATCH;
  const onBytes = (n: number) => (bytes += n);
  const batches = split
    ? streamCSV(split.chunks(check, onBytes), options, { columnBatch, onReader: split.onReader })
    : streamFile(path, { ...options, columnBatch, onBytes });
  for await (const batch of batches) {
    const length = batchLength(batch);
    if (!settled && length) {
      settled = true;
      if (options.requireType && !options.type && !batch.type) throw new ReadError(noTypeMessage(path));
    }
    check.add(batch);
    const before = rows;
    rows += length;
    // After the first batch, size the id set for the whole file at once (no step-by-step growth).
    if (!split && before === 0 && rows > 0 && bytes > 0 && totalBytes > bytes * 4) check.reserve(Math.ceil(((rows * totalBytes) / bytes) * 1.05));
    options.onProgress?.({ file: path, bytes, totalBytes, rows, seconds: (Date.now() - t0) / 1000 });
  }
  const outcome = split ? split.settle(check) : 'whole';
  const report = check.finish();
  if (options.requireType && report.type === null) throw new ReadError(noTypeMessage(path));
  return { report: { ...report, file: path, format: report.format ?? options.format ?? formatOf(path) }, outcome };
}

async function validateFolder(path: string, options: ValidateFileOptions): Promise<ValidationReport> {
  const layout = await discoverDataset(path, { allowRemote: options.allowRemote });
  const fetched = new Map<string, Promise<Uint8Array>>();
  const check = createDatasetCheck(options);
  const t0 = Date.now();
  let bytes = 0;
  let rows = 0;
  const types = new Map<DatasetFile, RecordType | undefined>();
  // Pass 1: the type of every file, and the ids of the records others refer to.
  for (const f of layout.files) {
    if (f.problem) continue;
    let type = f.type;
    try {
      for await (const batch of batchesOf(f, options, () => {}, fetched)) {
        type ??= batch.type ?? undefined;
        if (!type && !batch.records.length) continue;
        if (!type || !referenceTargets.has(type)) break;
        check.collect(type, batch.records);
      }
    } catch (err) {
      if (!isReadError(err)) throw err;
    }
    types.set(f, type);
  }
  // Pass 2: check every file, with references resolved against pass 1.
  for (const f of layout.files) {
    if (f.problem) {
      check.fail(f.name, f.format, makeIssue('parse-error', { note: f.problem }));
      continue;
    }
    const table = check.table(f.name, types.get(f));
    try {
      for await (const batch of batchesOf(f, options, (n) => (bytes += n), fetched)) {
        table.add(batch);
        rows += batch.records.length;
        options.onProgress?.({ file: f.name, bytes, totalBytes: layout.bytes, rows, seconds: (Date.now() - t0) / 1000 });
      }
    } catch (err) {
      if (!isReadError(err)) throw err;
      check.fail(f.name, f.format, makeIssue('parse-error', { note: `cannot be read: ${(err as Error).message}` }));
      continue;
    }
    check.done(table.finish(), f.name, f.format);
  }
  return { ...check.finish(), file: layout.descriptor ?? path };
}

/**
 * Validate a file, a folder or a datapackage.json.
 *
 * @example const report = await validateFile('contributed.csv', { type: 'incident' }); report.stats.invalid
 * @example const report = await validateFile('datasets/istanbul-2017'); report.type // 'dataset'
 */
export async function validateFile(path: string, options: ValidateFileOptions = {}): Promise<ValidationReport> {
  return (await isDatasetPath(path)) ? validateFolder(path, options) : validateOne(path, options);
}
