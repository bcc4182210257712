import type { ErrorType } from './types.js';
import { noteOf, show, where } from './format.js';

/**
 * A cell that cannot be read as its field's type.
 *
 * @example typeError.message(typeError.example)
 */
export const typeError: ErrorType = {
  code: 'type-error',
  title: 'Type error',
  description:
    'A value cannot be read as the type its field needs: text in a number field, `1,234` (a thousands separator) in a ' +
    'whole-number field, a number beyond 2^53 that cannot be stored exactly, a date that is not YYYY, YYYY-MM or ' +
    'YYYY-MM-DD or does not exist in the calendar (`2017-02-30`), or a boolean other than true/false/yes/no/1/0. ' +
    'Fix the cell; for thousands separators, either remove them or load with the `groupChar` option.',
  level: 'cell',
  severity: 'error',
  example: { row: 14, field: 'dead', value: '1,022', expected: 'a whole number', note: "',' looks like a thousands separator: remove it, or load with groupChar ','" },
  message: (p) => `${where(p)}: ${show(p.value)} is not ${p.expected ?? 'of the right type'}${noteOf(p)}`,
};
