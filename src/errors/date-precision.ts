import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * A date written at another precision than its `*_precision` field says.
 *
 * @example datePrecision.message(datePrecision.example)
 */
export const datePrecision: ErrorType = {
  code: 'date-precision',
  title: 'Date does not match its precision',
  description:
    'A date is written at another precision than its precision field says: `day` and `week` need YYYY-MM-DD, ' +
    '`month` needs YYYY-MM, `quarter` needs YYYY-MM with the quarter\'s first month (01, 04, 07, 10), `year` needs ' +
    'YYYY. Either the date or the precision is wrong.',
  level: 'cell',
  severity: 'error',
  example: { row: 3, field: 'date', value: '2017-02', expected: "date_precision 'day', which needs YYYY-MM-DD" },
  message: (p) => `${where(p)}: ${show(p.value)} does not match ${p.expected}`,
};
