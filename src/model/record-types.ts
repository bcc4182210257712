import { recordSchemas } from './schemas.js';

/** Id of an evidence-record type, e.g. `incident` or `court-case`. */
export type RecordType = keyof typeof recordSchemas;

/**
 * The evidence-record types (nine: the eight of 0.1 and `treaty-action`), in codebook order.
 *
 * @example recordTypes.includes('incident') // true
 */
export const recordTypes = Object.freeze(Object.keys(recordSchemas) as RecordType[]);

/**
 * True when `value` is the id of a record type.
 *
 * @example isRecordType('court-case') // true
 * @example isRecordType('case')       // false
 */
export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(recordSchemas, value);
}

/** The id prefix every record of a type carries, e.g. `inc` for incidents. */
export function idPrefix(type: RecordType): string {
  return (recordSchemas[type] as any)['x-id-prefix'];
}
