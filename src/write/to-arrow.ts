import { bool, columnFromArray, float64, int32, list, tableFromColumns, tableToIPC, utf8, type DataType } from '@uwdata/flechette';
import { compileType, type ArrowColumn, type ArrowKind } from '../model/record-type.js';
import { isRecordType, type RecordType } from '../model/record-types.js';
import { orderedRecord } from './ordered-record.js';
import { publicRecords } from './public-records.js';
import type { WriteOptions } from './to-csv.js';

/** Options of {@link toArrow}. */
export interface ArrowWriteOptions extends WriteOptions {
  /**
   * `'file'` (the `.arrow` / Feather v2 layout DuckDB, pandas and R open directly) or
   * `'stream'` (for sending over a network). Default `'file'`.
   */
  format?: 'file' | 'stream';
}

/** Arrow IPC bytes, and how many records were left out. */
export interface BytesOutput {
  bytes: Uint8Array;
  /** Number of `restricted` / `confidential` records left out. */
  withheld: number;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const fitsInt32 = (v: unknown) => typeof v !== 'number' || (v >= INT32_MIN && v <= INT32_MAX);

const build: Record<ArrowKind, () => DataType> = { utf8, bool, int32, float64 };

// The compiled type names each column's type; an Int32 column goes to Float64 when a value does not fit (the
// schema allows it: `widens`; or the records were not validated), which holds every integer up to 2^53 exactly.
function arrowType(c: ArrowColumn, values: unknown[]): DataType {
  const fits = c.kind !== 'int32' || values.every((v) => v == null || (c.list ? (v as unknown[]).every(fitsInt32) : fitsInt32(v)));
  const scalar = build[fits ? c.kind : 'float64']();
  return c.list ? list(scalar) : scalar;
}

/**
 * Write records of one type as Arrow IPC bytes, one column per schema field with the
 * type the compiled record type gives it (`compileType(type).arrowColumns`): text as Utf8, lists as List<Utf8> (or List<Int32>...), whole numbers as
 * Int32 or Float64, missing as null. Reading the bytes back with Arquero's
 * `fromArrow` or flechette's `tableFromIPC` gives the same records.
 *
 * @example writeFileSync('incidents.arrow', toArrow(records, 'incident').bytes)
 */
export function toArrow(records: Iterable<object>, type: RecordType, options: ArrowWriteOptions = {}): BytesOutput {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  const { format = 'file', includeRestricted = false } = options;
  const kept = publicRecords(records, includeRestricted);
  const rows = kept.records.map((r, i) => orderedRecord(r, type, i));
  const columns = compileType(type).arrowColumns.map((c) => {
    const values = rows.map((r) => r[c.name] ?? null);
    return [c.name, columnFromArray(values, arrowType(c, values))] as [string, ReturnType<typeof columnFromArray>];
  });
  const bytes = tableToIPC(tableFromColumns(columns), { format }) as Uint8Array;
  return { bytes, withheld: kept.withheld };
}
