// `import`'s output, written as the records come: batch by batch in the same bytes the whole-list writers
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

const BATCH = 1000;

/**
 * Open `path` (.csv or .ndjson) for records of `type`.
 *
 * @example const out = openRecordFile('mmp.ndjson', 'ndjson', 'incident'); out.add(record); out.commit();
 */
export function openRecordFile(path: string, format: 'csv' | 'ndjson', type: RecordType): RecordFile {
  const temp = `${path}.partial-${process.pid}`;
  let fd: number | undefined = openSync(temp, 'w');
  let batch: object[] = [];
  let first = true;
  const flush = () => {
    if (!batch.length && !(first && format === 'csv')) return;
    let text = format === 'csv' ? toCSV(batch, type).text : toNDJSON(batch, type).text;
    if (format === 'csv' && !first) text = text.slice(text.indexOf('\n') + 1);
    first = false;
    batch = [];
    if (text) writeSync(fd!, text);
  };
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    add(record) {
      batch.push(record);
      if (batch.length >= BATCH) flush();
    },
    commit() {
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
