import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * An end date before its start date.
 *
 * @example dateOrder.message(dateOrder.example)
 */
export const dateOrder: ErrorType = {
  code: 'date-order',
  title: 'End before start',
  description:
    'A period ends before it starts: `end_date` before `start_date`, `period_end` before `period_start`, ' +
    '`coverage_end` before `coverage_start` (any `*_start` / `*_end` pair). Partial dates are compared as the periods ' +
    'they stand for, so `2017-03` as start and `2017-03-01` as end are consistent.',
  level: 'cell',
  severity: 'error',
  example: { row: 6, field: 'end_date', value: '2018-01', expected: "start_date '2018-03-05'" },
  message: (p) => `${where(p)}: ${show(p.value)} is before ${p.expected}`,
};
