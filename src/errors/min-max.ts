import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * A minimum greater than its maximum.
 *
 * @example minMax.message(minMax.example)
 */
export const minMax: ErrorType = {
  code: 'min-max',
  title: 'Minimum above maximum',
  description:
    'A lowest value is above the highest one: `amount_min` > `amount_max`, `penalty_min_months` > ' +
    '`penalty_max_months`, `sentence_min_months` > `sentence_max_months` (any `*_min*` / `*_max*` pair). Probably ' +
    'the two were swapped.',
  level: 'cell',
  severity: 'error',
  example: { row: 4, field: 'amount_max', value: 500, expected: 'amount_min (2500)' },
  message: (p) => `${where(p)}: ${show(p.value)} is less than ${p.expected}`,
};
