/**
 * fromArrow(bytes: Uint8Array | ArrayBuffer): Record<string, unknown>[]
 *
 * Read an Arrow IPC file or stream (what `toArrow` writes, or what DuckDB, pandas and R
 * export) back into records: one per row, a null cell left out of its record, as the
 * other loaders leave out empty cells. Throws a ReadError when the bytes are not Arrow.
 */
import { tableFromIPC } from '@uwdata/flechette';
import { ReadError } from './read-error.js';

/**
 * The records of an Arrow IPC file.
 *
 * @example fromArrow(toArrow(records, 'incident').bytes)[0].id // 'inc-…'
 */
export function fromArrow(bytes: Uint8Array | ArrayBuffer): Record<string, unknown>[] {
  let rows: Record<string, unknown>[];
  try {
    rows = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toArray() as Record<string, unknown>[];
  } catch (err) {
    throw new ReadError(`not an Arrow IPC file: ${(err as Error).message}`);
  }
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)));
}
