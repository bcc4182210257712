import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * `dead_and_missing` that is not `dead` + `missing`.
 *
 * @example deadMissingTotal.message(deadMissingTotal.example)
 */
export const deadMissingTotal: ErrorType = {
  code: 'dead-missing-total',
  title: 'Dead and missing do not add up',
  description:
    'An incident gives `dead`, `missing` and `dead_and_missing`, and the total is not the sum of the other two. When ' +
    'only some of the three are given nothing is checked (the Missing Migrants Project leaves unknown counts blank).',
  level: 'cell',
  severity: 'error',
  example: { row: 3, field: 'dead_and_missing', value: 5, expected: 'dead (2) + missing (2) = 4' },
  message: (p) => `${where(p)}: ${show(p.value)} is not ${p.expected}`,
};
