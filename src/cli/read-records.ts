// Reads a file of records for `convert` with the library's loaders, then checks every
// record against its schema, so that nothing invalid is converted silently.
import { readFileSync } from 'node:fs';
import { tableFromIPC } from '@uwdata/flechette';
import { getValidator } from '../model/registry.js';
import type { RecordType } from '../model/record-types.js';
import { formatOf } from '../read/format-of.js';
import { fromCSV } from '../read/from-csv.js';
import { fromJSON } from '../read/from-json.js';
import { fromNDJSON } from '../read/from-ndjson.js';
import { isReadError } from '../read/read-error.js';
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

/**
 * The input format named by a file's extension.
 *
 * @example inputFormatOf('incidents.jsonl') // 'ndjson'
 */
export function inputFormatOf(path: string): InputFormat {
  if (/\.(arrow|feather)$/i.test(path)) return 'arrow';
  const format = formatOf(path);
  if (!format) throw new UsageError(`cannot tell the format of "${path}" from its extension; use .csv, .json, .ndjson, .jsonl or .arrow`);
  return format;
}

// Arrow files we wrote hold one column per field, null where a record has no value.
function fromArrowBytes(bytes: Uint8Array): ReadResult {
  const records = (tableFromIPC(bytes).toArray() as Record<string, unknown>[]).map((row) =>
    Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)),
  );
  return { records, rows: records.map((_, i) => i + 1), invalidRows: new Set(), problems: [], fileProblems: 0 };
}

/**
 * Read every record of a file with the loaders and check it against the schema of
 * `type`. Input that cannot be read at all is a UsageError (exit 2); invalid records
 * are listed in `problems` and `invalidRows`, never dropped.
 *
 * @example readRecords('incidents.csv', 'incident').invalidRows.size // 0 when all are valid
 */
export function readRecords(path: string, type: RecordType): ReadResult {
  const format = inputFormatOf(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new UsageError(`cannot read "${path}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let result: ReadResult;
  try {
    if (format === 'arrow') result = fromArrowBytes(bytes);
    else {
      const load = { csv: fromCSV, json: fromJSON, ndjson: fromNDJSON }[format];
      const loaded = load(bytes, { type });
      result = { records: loaded.records, rows: loaded.rows.map((r) => r.row), invalidRows: new Set(), problems: [], fileProblems: 0 };
      for (const e of loaded.errors) result.problems.push({ row: e.row, field: e.field, message: e.message });
      loaded.rows.forEach((r) => r.skip && result.invalidRows.add(r.row));
    }
  } catch (err) {
    if (isReadError(err)) throw new UsageError(`cannot read "${path}" as ${format}: ${(err as Error).message}`);
    throw new UsageError(`cannot read "${path}" as ${format}: ${(err as Error).message}`);
  }
  const validate = getValidator(type);
  result.records.forEach((record, i) => {
    const row = result.rows[i];
    if (result.invalidRows.has(row) || validate(record)) return;
    for (const e of validate.errors ?? []) {
      const field = e.instancePath.split('/')[1] ?? (e.params as { missingProperty?: string }).missingProperty ?? null;
      const where = `row ${row}${field ? `, field \`${field}\`` : ''}`;
      result.problems.push({ row, field, message: `${where}: ${e.message ?? e.keyword}` });
    }
  });
  const recordRows = new Set(result.rows);
  for (const p of result.problems) {
    if (p.row !== null && recordRows.has(p.row)) result.invalidRows.add(p.row);
    else result.fileProblems++;
  }
  return result;
}
