import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * A negative count: allowed, but flagged.
 *
 * @example negativeCount.message(negativeCount.example)
 */
export const negativeCount: ErrorType = {
  code: 'negative-count',
  title: 'Negative count',
  description:
    'A count is below zero. The Missing Migrants Project publishes a few negative values as corrections when an ' +
    'incident is split across places or dates, so this is a warning, not an error: check that the value is such a ' +
    'correction (its `incident_type` is usually `split-incident`) and not a typing mistake.',
  level: 'cell',
  severity: 'warning',
  example: { row: 88, field: 'survivors', value: -2 },
  message: (p) => `${where(p)}: ${show(p.value)} is negative; allowed only as a split-incident correction${p.note ? ` (${p.note})` : ''}`,
};
