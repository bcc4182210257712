// Reads files of records for the CLI commands with the library's loaders, and checks
// them with the same validator and messages as `smuggling-evidence validate`.
import { accessSync, constants, readFileSync } from 'node:fs';
import type { RecordType } from '../model/record-types.js';
import { formatOf } from '../read/format-of.js';
import { fromArrow } from '../read/from-arrow.js';
import { fromCSV } from '../read/from-csv.js';
import { fromJSON } from '../read/from-json.js';
import { fromNDJSON } from '../read/from-ndjson.js';
import { discoverDataset, isDatasetPath } from '../read/node-discover.js';
import { loadCSV, loadJSON, loadNDJSON } from '../read/node-load.js';
import { isReadError } from '../read/read-error.js';
import { assertRegularFile } from '../read/node-regular-file.js';
import type { LoadResult } from '../read/result.js';
import { validateRecords } from '../validate/validate-records.js';
import { UsageError } from './command.js';

/** One problem found while reading: where, and a message that names row, field and value. */
export interface ReadProblem {
  row: number | null;
  field: string | null;
  message: string;
}

/** Records read from a file, and the problems that make some of them invalid. */
export interface ReadResult {
  records: Record<string, unknown>[];
  /** Row number of each record, as users count them (CSV header = 1). */
  rows: number[];
  /** Rows that hold an invalid record (or no record at all, e.g. a blank CSV row). */
  invalidRows: Set<number>;
  /** Problems not tied to a record: the header row, the file as a whole. */
  fileProblems: number;
  problems: ReadProblem[];
}

/** The input formats `convert` reads. */
export type InputFormat = 'csv' | 'json' | 'ndjson' | 'arrow';

/** The file name that means standard input: `cat a.csv | smuggling-evidence validate - --type incident`. */
export const STDIN = '-';

let stdin: Uint8Array | undefined;

/** All of standard input, read once (a pipe can be read only once). */
export function readStdin(): Uint8Array {
  try {
    return (stdin ??= readFileSync(0));
  } catch (err) {
    throw new UsageError(`cannot read standard input: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/**
 * The format of records given without a file name: a JSON array starts with `[`, NDJSON with
 * `{`, anything else is read as CSV. `--input-format` overrides it.
 *
 * @example sniffFormat(new TextEncoder().encode('[{"id":"inc-1"}]')) // 'json'
 */
export function sniffFormat(bytes: Uint8Array): 'csv' | 'json' | 'ndjson' {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('[') ? 'json' : head.startsWith('{') ? 'ndjson' : 'csv';
}

/** Check an `--input-format` option. */
export function inputFormatOption(value: string | undefined): 'csv' | 'json' | 'ndjson' | undefined {
  if (value === undefined) return undefined;
  if (value === 'csv' || value === 'json' || value === 'ndjson') return value;
  throw new UsageError(`--input-format must be one of csv, json, ndjson; got "${value}"`);
}

/**
 * The input format named by a file's extension.
 *
 * @example inputFormatOf('incidents.jsonl') // 'ndjson'
 */
export function inputFormatOf(path: string): InputFormat {
  if (path === STDIN) return sniffFormat(readStdin());
  if (/\.(arrow|feather)$/i.test(path)) return 'arrow';
  const format = formatOf(path);
  if (!format) throw new UsageError(`cannot tell the format of "${path}" from its extension; use .csv, .json, .ndjson, .jsonl or .arrow`);
  return format;
}

// Arrow files we wrote hold one column per field, null where a record has no value.
function fromArrowBytes(bytes: Uint8Array, path: string): Record<string, unknown>[] {
  try {
    return fromArrow(bytes);
  } catch (err) {
    throw new UsageError(`cannot read "${path}" as Arrow IPC: ${(err as Error).message.replace(/^not an Arrow IPC file: /, '')}`);
  }
}

/**
 * Read a CSV, JSON or NDJSON file of records (typed by `type` when given). A file that
 * cannot be read at all is a UsageError (exit 2), with one line naming the file.
 *
 * @example loadRecordFile('incidents.csv', 'incident').records.length
 */
export function loadRecordFile(file: string, type: RecordType | undefined, inputFormat?: 'csv' | 'json' | 'ndjson'): LoadResult {
  const format = inputFormat ?? (file === STDIN ? sniffFormat(readStdin()) : formatOf(file));
  if (!format) throw new UsageError(`cannot tell the format of "${file}" from its extension; use .csv, .json, .ndjson or .jsonl`);
  const read = { csv: fromCSV, json: fromJSON, ndjson: fromNDJSON }[format];
  try {
    return read(readBytes(file), type ? { type } : {});
  } catch (err) {
    if (isReadError(err)) throw new UsageError(`${file}: ${(err as Error).message}`);
    throw err;
  }
}

/**
 * {@link loadRecordFile} for a file on disk, read in chunks (never one string, so a JSON array over 1 GB reads too);
 * the same result and the same one-line errors. Standard input is read as `loadRecordFile` reads it.
 *
 * @example (await loadRecordFileStreamed('incidents.json', 'incident')).records.length
 */
export async function loadRecordFileStreamed(file: string, type: RecordType | undefined, inputFormat?: 'csv' | 'json' | 'ndjson'): Promise<LoadResult> {
  if (file === STDIN) return loadRecordFile(file, type, inputFormat);
  const format = inputFormat ?? formatOf(file);
  if (!format) throw new UsageError(`cannot tell the format of "${file}" from its extension; use .csv, .json, .ndjson or .jsonl`);
  try {
    assertRegularFile(file);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  try {
    accessSync(file, constants.R_OK);
  } catch (err) {
    throw new UsageError(`cannot read "${file}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const load = { csv: loadCSV, json: loadJSON, ndjson: loadNDJSON }[format];
  try {
    return await load(file, type ? { type } : {});
  } catch (err) {
    if (isReadError(err)) throw new UsageError(`${file}: ${(err as Error).message}`);
    throw err;
  }
}

function readBytes(file: string): Uint8Array {
  if (file === STDIN) return readStdin();
  try {
    assertRegularFile(file);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  try {
    return readFileSync(file);
  } catch (err) {
    throw new UsageError(`cannot read "${file}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/**
 * Read every record of a file (CSV, JSON, NDJSON or Arrow) and check it as `validate`
 * does (schema and cross-field rules, same messages). Invalid records are listed in
 * `problems` and `invalidRows`, never dropped.
 *
 * @example readRecords('incidents.csv', 'incident').invalidRows.size // 0 when all are valid
 */
export function readRecords(path: string, type: RecordType): ReadResult {
  const loaded = inputFormatOf(path) === 'arrow' ? fromArrowBytes(readBytes(path), path) : loadRecordFile(path, type);
  const report = validateRecords(loaded, type, { maxErrors: Infinity });
  const rows = Array.isArray(loaded) ? loaded.map((_, i) => i + 1) : loaded.rows.map((r) => r.row);
  const records = Array.isArray(loaded) ? loaded : loaded.records;
  const recordRows = new Set(rows);
  const result: ReadResult = { records, rows, invalidRows: new Set(), fileProblems: 0, problems: [] };
  for (const e of report.errors) {
    result.problems.push({ row: e.row, field: e.field, message: e.message });
    if (e.row !== null && recordRows.has(e.row)) result.invalidRows.add(e.row);
    else result.fileProblems++;
  }
  // A missing required column makes every record invalid, though its error is on the header row.
  if (report.stats.invalid > result.invalidRows.size) rows.forEach((r) => result.invalidRows.add(r));
  return result;
}

/**
 * The record files behind the inputs of a one-type command: a file (or `-`) stays itself; a
 * folder or datapackage.json gives its files of `type`, or of its only record type.
 *
 * @example await recordFilesOf(['datasets/istanbul-2017'], 'source') // ['…/source.csv']
 */
export async function recordFilesOf(inputs: readonly string[], type: RecordType | undefined): Promise<{ files: string[]; type: RecordType | undefined }> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === STDIN || !(await isDatasetPath(input))) {
      files.push(input);
      continue;
    }
    let layout;
    try {
      layout = await discoverDataset(input);
    } catch (err) {
      if (isReadError(err)) throw new UsageError(`${input}: ${(err as Error).message}`);
      throw err;
    }
    const types = [...new Set(layout.files.map((f) => f.type).filter((t): t is RecordType => !!t))];
    if (!type) {
      if (types.length !== 1) throw new UsageError(`${input} holds ${types.join(', ') || 'no typed'} records: give --type to choose one`);
      type = types[0];
    }
    const chosen = layout.files.filter((f) => f.type === type);
    if (!chosen.length) throw new UsageError(`${input} has no ${type} records (it holds ${types.join(', ')})`);
    for (const f of chosen) {
      if (f.data || /^https?:\/\//i.test(f.path)) throw new UsageError(`${input}: ${f.name} is not a local file; summarize reads local files`);
      files.push(f.path);
    }
  }
  return { files, type };
}
