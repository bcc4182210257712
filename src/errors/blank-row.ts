import type { ErrorType } from './types.js';

/**
 * A row whose cells are all empty.
 *
 * @example blankRow.message(blankRow.example)
 */
export const blankRow: ErrorType = {
  code: 'blank-row',
  title: 'Blank row',
  description:
    'A row with no value in any cell (an empty line, or only delimiters). It is counted as a row so that row numbers ' +
    'match the file, and it is invalid. Delete it.',
  level: 'row',
  severity: 'error',
  example: { row: 31 },
  message: (p) => `row ${p.row}: is blank (every cell is empty); delete it`,
};
