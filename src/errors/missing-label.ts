import type { ErrorType } from './types.js';

/**
 * A required field with no column.
 *
 * @example missingLabel.message(missingLabel.example)
 */
export const missingLabel: ErrorType = {
  code: 'missing-label',
  title: 'Missing column',
  description:
    'The header has no column for a field every record of this type must have, so every record lacks it. Reported ' +
    'once, at the header (row 1); the records are counted invalid without repeating the error on each row. Optional ' +
    'fields may be left out of a file.',
  level: 'label',
  severity: 'error',
  example: { row: 1, field: 'date', expected: 'required in every incident record' },
  message: (p) => `row 1 (header): there is no column \`${p.field}\`${p.expected ? `, ${p.expected}` : ''}${p.note ? ` (${p.note})` : ''}`,
};
