import type { ErrorType } from './types.js';

/**
 * Text that does not follow the CSV, JSON or NDJSON syntax.
 *
 * @example parseError.message(parseError.example)
 */
export const parseError: ErrorType = {
  code: 'parse-error',
  title: 'Syntax error',
  description:
    'The text breaks the syntax of its format: a quoted CSV cell that is never closed (everything after it ends up in ' +
    'one cell) or has text after its closing quote, an NDJSON line that is not a JSON object. A whole file that cannot ' +
    'be read at all (invalid JSON, binary data, no header) is not reported here: the command stops with exit code 2.',
  level: 'row',
  severity: 'error',
  example: { row: 40, note: 'a quoted cell opened on line 40 is never closed, so the rest of the file was read into it' },
  message: (p) => `${p.row != null ? `row ${p.row}` : 'the file'}: ${p.note ?? 'cannot be parsed'}`,
};
