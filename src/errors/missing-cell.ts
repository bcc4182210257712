import type { ErrorType } from './types.js';
import { where } from './format.js';

/**
 * A row with fewer cells than the header has columns.
 *
 * @example missingCell.message(missingCell.example)
 */
export const missingCell: ErrorType = {
  code: 'missing-cell',
  title: 'Missing cell',
  description:
    'A CSV row has fewer cells than the header has columns, so the last columns have no value at all (not even an ' +
    'empty one). Usually a line was cut short or a delimiter is missing. The fields that exist are still checked.',
  level: 'row',
  severity: 'error',
  example: { row: 7, field: 'country', value: 5, expected: '12', note: 'and 6 more' },
  message: (p) =>
    `${where({ row: p.row })}: has ${p.value} cell${p.value === 1 ? '' : 's'} but the header has ${p.expected} columns; ` +
    `\`${p.field}\`${p.note ? ` ${p.note}` : ''} ${p.note ? 'are' : 'is'} missing`,
};
