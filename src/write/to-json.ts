import { isRecordType, type RecordType } from '../model/record-types.js';
import { orderedRecord } from './ordered-record.js';
import { publicRecords } from './public-records.js';
import type { TextOutput, WriteOptions } from './to-csv.js';

/** Options of {@link toJSON}. */
export interface JSONWriteOptions extends WriteOptions {
  /** Indentation passed to `JSON.stringify`. Default `2`; `0` for one line. */
  space?: number;
}

/**
 * Write records of one type as a JSON array, fields in schema order, restricted
 * records left out unless asked for. `fromJSON` reads it back unchanged.
 *
 * @example JSON.parse(toJSON(records, 'source').text).length
 */
export function toJSON(records: Iterable<object>, type: RecordType, options: JSONWriteOptions = {}): TextOutput {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  const { space = 2, includeRestricted = false } = options;
  const kept = publicRecords(records, includeRestricted);
  const out = kept.records.map((r, i) => orderedRecord(r, type, i));
  return { text: JSON.stringify(out, null, space || undefined) + '\n', withheld: kept.withheld };
}
