import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * `dead_and_missing` that is not `dead` + `missing`, or is below the one of them that is given.
 *
 * @example deadMissingTotal.message(deadMissingTotal.example)
 */
export const deadMissingTotal: ErrorType = {
  code: 'dead-missing-total',
  title: 'Dead and missing do not add up',
  description:
    'An incident gives `dead`, `missing` and `dead_and_missing`, and the total is not the sum of the other two; or ' +
    'one of `dead` and `missing` is blank (the Missing Migrants Project leaves unknown counts blank) and the total is ' +
    'smaller than the other, which no count of the blank one can explain. Negative split-incident corrections are ' +
    'counts too: a total below `dead` is reported whatever the reason.',
  level: 'cell',
  severity: 'error',
  example: { row: 3, field: 'dead_and_missing', value: 5, expected: 'dead (2) + missing (2) = 4' },
  message: (p) => `${where(p)}: ${show(p.value)} is not ${p.expected}`,
};
