import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * A row with more cells than the header has columns.
 *
 * @example extraCell.message(extraCell.example)
 */
export const extraCell: ErrorType = {
  code: 'extra-cell',
  title: 'Extra cell',
  description:
    'A CSV row has more cells than the header has columns. Often a value contains the delimiter but is not quoted ' +
    '(`Calais, France` must be written `"Calais, France"`), so the row is shifted. The extra values are shown in the ' +
    'report; they are not read into any field.',
  level: 'row',
  severity: 'error',
  example: { row: 7, value: ' France', expected: '12' },
  message: (p) => `${where({ row: p.row })}: has more cells than the header has columns (${p.expected}); extra: ${show(p.value)}`,
};
