import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * A date after today.
 *
 * @example futureDate.message(futureDate.example)
 */
export const futureDate: ErrorType = {
  code: 'future-date',
  title: 'Date in the future',
  description:
    'A date lies entirely after today. Evidence records describe what has happened, so this is usually a typing ' +
    'mistake (a wrong year, or day and month swapped). Partial dates count from their first day: `2026` is fine ' +
    'during 2026.',
  level: 'cell',
  severity: 'error',
  example: { row: 4, field: 'date', value: '2031-01-01', expected: 'today is 2026-05-01' },
  message: (p) => `${where(p)}: ${show(p.value)} is in the future (${p.expected})`,
};
