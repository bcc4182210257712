import type { ErrorType } from './types.js';
import { where } from './format.js';

/**
 * `""` in a JSON record: read as "no value", and said so.
 *
 * @example emptyString.message(emptyString.example)
 */
export const emptyString: ErrorType = {
  code: 'empty-string',
  title: 'Empty text read as no value',
  description:
    'A JSON / NDJSON record has `""` for a field. Every format we read and write has one way to say "no value" (an ' +
    'empty CSV cell, a missing key, Arrow null), and `""` is read as that: the field is absent. Nothing is altered ' +
    'silently: this warning names each such cell. Leave the key out (or write `null`) to mean "not known", or give ' +
    'the text.',
  level: 'cell',
  severity: 'warning',
  example: { row: 2, field: 'notes' },
  message: (p) => `${where(p)}: "" is read as no value (the field is absent)`,
};
