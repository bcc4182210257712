import type { ErrorType } from './types.js';

/**
 * Two columns with the same name.
 *
 * @example duplicateLabel.message(duplicateLabel.example)
 */
export const duplicateLabel: ErrorType = {
  code: 'duplicate-label',
  title: 'Duplicate column',
  description:
    'Two columns of the header have the same name. Only the first one is read into the records; the other is ' +
    'reported here and not checked. Rename or remove one of them.',
  level: 'label',
  severity: 'error',
  example: { row: 1, field: 'dead', note: 'columns 5 and 9' },
  message: (p) => `row 1 (header): column \`${p.field}\` appears more than once (${p.note}); only the first is read`,
};
