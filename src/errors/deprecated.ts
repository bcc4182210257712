import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * A deprecated field or code: still valid, with its replacement named.
 *
 * @example deprecated.message(deprecated.example)
 */
export const deprecated: ErrorType = {
  code: 'deprecated',
  title: 'Deprecated field or code',
  description:
    'The record uses a field or a code that the schemas mark `x-deprecated`: it still validates, and stays readable ' +
    'for at least one major schema version, but a replacement exists and new data should use it. The message names ' +
    'the replacement and the schema version that deprecated it (the codebook lists every deprecation).',
  level: 'cell',
  severity: 'warning',
  example: { row: 4, field: 'service_type', value: 'air-with-documents', expected: 'documents-and-travel', note: 'deprecated in schema 1.1.0' },
  message: (p) => `${where(p)}: ${show(p.value)} is deprecated${p.expected ? `; use ${p.expected}` : ''}${p.note ? ` (${p.note})` : ''}`,
};
