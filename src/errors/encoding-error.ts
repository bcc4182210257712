import type { ErrorType } from './types.js';

/**
 * Bytes that are not valid UTF-8, read as Windows-1252.
 *
 * @example encodingError.message(encodingError.example)
 */
export const encodingError: ErrorType = {
  code: 'encoding-error',
  title: 'Not UTF-8',
  description:
    'The file is not valid UTF-8, so it was read as Windows-1252 (the encoding Excel uses for "CSV" in Western ' +
    'European locales). Accented letters are then usually right, but check them; characters outside Windows-1252 may ' +
    'already have been replaced by `?` when the file was saved. Save as "CSV UTF-8" to avoid this warning.',
  level: 'file',
  severity: 'warning',
  example: { note: 'first byte that is not UTF-8 at offset 949', expected: 'Windows-1252' },
  message: (p) => `the file is not valid UTF-8${p.note ? ` (${p.note})` : ''}: read as ${p.expected ?? 'Windows-1252'}; check accented letters`,
};
