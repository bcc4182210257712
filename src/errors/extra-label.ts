import type { ErrorType } from './types.js';

/**
 * A column (or JSON key) that is not a field of the record type.
 *
 * @example extraLabel.message(extraLabel.example)
 */
export const extraLabel: ErrorType = {
  code: 'extra-label',
  title: 'Unknown column',
  description:
    'A column (in JSON, a key) that is not a field of the record type. It is never dropped silently: loaders keep its ' +
    'values as text under its name, and validation reports it once, here. Rename it to the field it holds (the ' +
    'message suggests one when the name is close), or remove it.',
  level: 'label',
  severity: 'error',
  example: { row: 1, field: 'Dead', expected: 'a field of incident', note: 'did you mean `dead`? column 14; its values are kept as text but not checked' },
  message: (p) =>
    `${p.row === 1 ? 'row 1 (header)' : `row ${p.row}`}: \`${p.field}\` is not ${p.expected ?? 'a field of this record type'}` +
    (p.note ? ` (${p.note})` : ''),
};
