import type { ErrorType } from './types.js';

/**
 * A header cell with no name.
 *
 * @example blankLabel.message(blankLabel.example)
 */
export const blankLabel: ErrorType = {
  code: 'blank-label',
  title: 'Blank column name',
  description:
    'A header cell is empty, so the column has no name and cannot be matched to a field. Its values are not read. ' +
    'Give it the name of the field it holds, or delete the column (spreadsheets often leave an empty last column).',
  level: 'label',
  severity: 'error',
  example: { row: 1, value: 7 },
  message: (p) => `row 1 (header): column ${p.value} has no name; its values are not read`,
};
