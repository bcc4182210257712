import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * A reference to a record that is not in the dataset.
 *
 * @example foreignKey.message(foreignKey.example)
 */
export const foreignKey: ErrorType = {
  code: 'foreign-key',
  title: 'Unresolved reference',
  description:
    'A field that refers to other records (`source_ids`, `case_ids`, `fee_ids`, `cooperation_ids`, ' +
    '`national_provisions`) holds an id that no record of the dataset has. Checked only when validating a dataset ' +
    '(a folder or a datapackage.json), where every file is known. Add the missing record or correct the id.',
  level: 'cell',
  severity: 'error',
  example: { row: 12, field: 'source_ids', value: 'src-unhcr', expected: 'source record' },
  message: (p) => `${where(p)}: ${show(p.value)} is not the id of any ${p.expected ?? 'record'} in the dataset`,
};
