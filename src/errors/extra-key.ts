import type { ErrorType } from './types.js';

/**
 * A key of a JSON / NDJSON record (or of a record given as an object) that is not a field of its type.
 *
 * @example extraKey.message(extraKey.example)
 */
export const extraKey: ErrorType = {
  code: 'extra-key',
  title: 'Unknown key',
  description:
    'A record (a JSON object) has a key that is not a field of its record type, `__proto__` and `constructor` ' +
    'included. Records of one JSON file need not share their keys, so every record that has such a key gets this ' +
    'error and is invalid: its value is kept under its name (never dropped silently) but cannot be checked. Rename ' +
    'the key to the field it holds, or remove it. In CSV, an unknown column is reported once on the header ' +
    '(`extra-label`).',
  level: 'cell',
  severity: 'error',
  example: { row: 3, field: 'Dead', expected: 'a field of incident' },
  message: (p) => `row ${p.row}: key \`${p.field}\` is not ${p.expected ?? 'a field of this record type'} (its value is kept but not checked)`,
};
