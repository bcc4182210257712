import { isRecordType, type RecordType } from '../model/record-types.js';
import { orderedRecord } from './ordered-record.js';
import { publicRecords } from './public-records.js';
import type { TextOutput, WriteOptions } from './to-csv.js';

/**
 * Write records of one type as NDJSON: one JSON object per line, fields in schema
 * order, restricted records left out unless asked for.
 *
 * @example toNDJSON(records, 'incident').text.split('\n')[0] // '{"id":"inc-...",...}'
 */
export function toNDJSON(records: Iterable<object>, type: RecordType, options: WriteOptions = {}): TextOutput {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  const kept = publicRecords(records, options.includeRestricted ?? false);
  const text = kept.records.map((r, i) => JSON.stringify(orderedRecord(r, type, i)) + '\n').join('');
  return { text, withheld: kept.withheld };
}
