import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * A theme the record type does not usually serve.
 *
 * @example themeMismatch.message(themeMismatch.example)
 */
export const themeMismatch: ErrorType = {
  code: 'theme-mismatch',
  title: 'Unusual theme for the record type',
  description:
    'None of the themes of a record is one its type serves (each schema lists them in `x-themes`: incidents serve ' +
    'safety-dignity, business-model and evidence-base, for instance). One usual theme is enough; other themes may ' +
    'be added. Allowed, but check it: the gap map and the theme summaries count the record under its themes. ' +
    'Sources are not checked: their themes say which themes the publication informs.',
  level: 'cell',
  severity: 'warning',
  example: { row: 3, field: 'themes', value: 'cooperation', expected: 'incident records serve (safety-dignity, business-model, evidence-base)' },
  message: (p) => `${where(p)}: ${show(p.value)} has none of the themes ${p.expected}`,
};
