import type { ErrorType } from './types.js';

/**
 * A file of a dataset whose record type cannot be told.
 *
 * @example unknownType.message(unknownType.example)
 */
export const unknownType: ErrorType = {
  code: 'unknown-type',
  title: 'Unknown record type',
  description:
    'In a folder or Data Package, a data file whose record type cannot be told, so it cannot be checked. Name the ' +
    'file after its type (`incident.csv`, `court-case.ndjson`), add a `record_type` column, or set `x-record-type` ' +
    'on its resource in datapackage.json.',
  level: 'file',
  severity: 'error',
  example: {},
  message: (p) => `${p.note ?? 'cannot tell which record type this file holds'}`,
};
