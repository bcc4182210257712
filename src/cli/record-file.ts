// `import`'s output, written as the records come, in the same bytes the whole-list writers
// give (the CSV header once, on top), into a temporary file renamed at the end, so a failed import leaves
// nothing half written.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { RecordType } from '../model/record-types.js';
import { toCSV } from '../write/to-csv.js';
import { toNDJSON } from '../write/to-ndjson.js';

/** An output file being written. */
export interface RecordFile {
  add(record: object): void;
  /** Flush and move the file into place. */
  commit(): void;
  /** Remove what was written. */
  abort(): void;
}

// Each record is turned into text at once and the text is written in 64 KiB pieces: records held for a batch
// would outlive the young generation and grow the heap (peak RSS) of a large import.
const FLUSH = 1 << 16;

/**
 * Open `path` (.csv or .ndjson) for records of `type`.
 *
 * @example const out = openRecordFile('mmp.ndjson', 'ndjson', 'incident'); out.add(record); out.commit();
 */
export function openRecordFile(path: string, format: 'csv' | 'ndjson', type: RecordType): RecordFile {
  const temp = `${path}.partial-${process.pid}`;
  let fd: number | undefined = openSync(temp, 'w');
  let pending = '';
  let wroteHeader = false;
  const textOf = (records: object[]) => {
    if (format === 'ndjson') return toNDJSON(records, type).text;
    const text = toCSV(records, type).text;
    if (!wroteHeader) {
      wroteHeader = true;
      return text;
    }
    return text.slice(text.indexOf('\n') + 1); // the header once, on top
  };
  const flush = () => {
    if (pending) writeSync(fd!, pending);
    pending = '';
  };
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    add(record) {
      pending += textOf([record]);
      if (pending.length >= FLUSH) flush();
    },
    commit() {
      if (!wroteHeader && format === 'csv') pending += textOf([]);
      flush();
      close();
      renameSync(temp, path);
    },
    abort() {
      close();
      rmSync(temp, { force: true });
    },
  };
}
